"""Rules for what people and agencies do together: meet, discuss, sign (cooperating and contributing are in
``cooperation``).

Each rule reads a :class:`~presskg.extract.frames.Frame`; the rules about
what craft do (supply, launch, land, study…) are in ``actions``.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import PROJECT_NOUNS, WORD_CLASSES
from ..mentions import noun_class
from ..referents import (
    _clause_tokens,
    _worker_org,
    agents,
    clause_locatives,
    described,
    isa,
    listed_people,
    organizations_of,
    places_in,
    things,
)
from ..registry import Stage, rule
from ..told_events import participle_deals, pronoun_agreement, signed_document, signed_pronoun
from .agreements import deal_partners, signing_told_of
from .encounters import during, fronted_occasions, persons_places, sideline_events, talk, titled_subject
from .events import EVENT_NOUNS
from .fields import topic_list
from .happenings import attending, clause_witnesses

CRAFT = (C.Mission, C.Spacecraft)
BUILT = (C.Instrument, C.Spacecraft, C.LaunchVehicle)


@rule("frame:meet", scope="verb", stage=Stage.VERBS, triggers=("MEET_VERBS", "ASSEMBLE_VERBS"),
      produces=(P.participant, P.locatedIn, C.Meeting), confidence=0.85)
def meet(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"X and Y held a videoconference meeting", "X met Y in Oslo"; "It was attended by X": the event before."""
    events = [e for i in f.obj for e in things(ctx, i) if isa(ctx, e, C.Event)]
    if not events:  # "the ministerial council was chaired by X": a gathering named by two words, not by its head
        events = [e for i in f.obj if (cls := noun_class(ctx.tree, i)) is not None and ctx.tree[i].pos == "NOUN"
                  and ctx.table.is_a_class(cls, C.Event) and (e := described(ctx, i, cls)) is not None]
    if not events and (f.passive and any(ctx.tree[i].text.lower() in ("it", "this") for i in f.obj) or f.lemma
                       == "attend" and not f.obj and not f.passive and not f.prep("for", "at", "in")):
        # "A workshop was held at ESTEC. It was attended by NASA and JAXA", "X also attended": the event just told of
        events = ctx.recent(f.verb, C.Event, sentences=1)[:1]
    if f.lemma in ("join", "attend"):  # "joined the CCFI for its yearly dinner"
        events += [e for i in f.prep("for", "at", "in") for e in things(ctx, i) if isa(ctx, e, C.Event)]
    if f.lemma in WORD_CLASSES["CHAIR_VERBS"]:  # "presided over the session"
        events += [e for i in f.prep("over") for e in things(ctx, i) if isa(ctx, e, C.Event)]
    people = list(dict.fromkeys(agents(subj, ctx) + [e for i in f.subj for e in listed_people(ctx, i)]))
    if not events and not f.obj and not f.passive:  # "the Ministerial Council, which met in Seville": it is the
        events = [e for e in subj if isa(ctx, e, C.Event)]  # gathering, which takes place there
    posted = titled_subject(ctx, f) if not people and f.lemma == "meet" else None  # "The minister met X"
    party = not people and posted is None and f.lemma == "meet" and not f.passive and _party_subject(ctx, f)
    located = False
    if not events and f.lemma == "meet" and (people or posted is not None or party):
        # "During the visit, he met X": the visit, not a meeting of its own; "The visitors met X": theirs
        events = during(ctx, f) or (_visit_told_of(ctx, f) if party else []) or [
            ev for ev in [described(ctx, f.verb, C.Meeting)] if ev]
        people += (posted or []) + agents([e for i in f.obj + f.prep("with") for e in things(ctx, i, create=False)],
                                          ctx)
    if not events and f.lemma in _GATHER and not f.passive and not f.obj and not f.prep("with") and _gathered_body(
            ctx, f):  # (not "met with A and B": who meets whom is not said)
        # "The steering committee met in Oslo on 3 May", "the working group will meet in Bergen": a meeting, even
        # of a body told of by its noun alone (when it says where or when)
        events = [ev for ev in [described(ctx, f.verb, C.Meeting)] if ev]
        owners = [c.i for i in f.subj for c in ctx.tree.children(i, "poss")]  # "ESA's council", "the board of X"
        owners += [o.i for i in f.subj for p in ctx.tree.children(i, "prep") if ctx.tree.lowers[p.i] == "of"
                   for o in ctx.tree.children(p.i, "pobj")]
        people += agents([e for i in owners for e in ctx.refs(i)], ctx)
        located = True  # (its place wherever the parser hung it: "met for the first time in Bergen")
    if events:  # "held a meeting with X", "X hosted talks with Y": who it was held with takes part
        people += agents([e for i in f.withs(ctx.tree, f.obj) for e in things(ctx, i, create=False)], ctx)
    # ("held a workshop at the DLR site in Cologne": a site no name stands for, and the place its phrase names)
    # ("will meet for the first time in Oslo": the parser hangs the place on "time")
    spots = f.prep("in", "at") + [o.i for i in f.prep("for") if ctx.tree.lemma(i) == "time" for p in ctx.tree.children(
        i, "prep") if ctx.tree.lowers[p.i] in ("in", "at") for o in ctx.tree.children(p.i, "pobj")]
    places = [e for i in (clause_locatives(ctx, f.verb) if located else spots)
              for e in (things(ctx, i, create=False) if located else places_in(ctx, i))
              if isa(ctx, e, C.Place) and not isa(ctx, e, C.Event)]
    places += persons_places(ctx, f) if events and f.lemma == "meet" else []  # "met X in Paris": hung on X
    if f.lemma in WORD_CLASSES["HOUSING_VERBS"] and not f.passive:  # "Torvik hosted the conference": where it was
        places += [e for e in subj if isa(ctx, e, C.Place) and not isa(ctx, e, C.Event, C.Organization)]
    if f.passive and events:  # "hosted by the Marlow Institute in Calder": the parser hangs the place on the host
        places += [e for i in f.subj for p in ctx.tree.children(i, "prep") if p.text.lower() in ("in", "at")
                   for o in ctx.tree.children(p.i, "pobj") for e in things(ctx, o.i, create=False)
                   if isa(ctx, e, C.Place) and not isa(ctx, e, C.Event)]
    for ev in events:
        for p in people:
            ctx.add(ev, P.participant, p, f.verb, f"frame:{f.lemma}-participant", 0.85)
        for pl in places:
            ctx.add(ev, P.locatedIn, pl, f.verb, f"frame:{f.lemma}-in", 0.8)
        ctx.note_group(f.verb, people)
        ctx.events_seen.append(ev.key)


#: Nouns of those who come to a gathering as a group: "the visitors", "the delegation" (lexicon data).
_PARTY_NOUNS = frozenset(WORD_CLASSES["ATTENDEE_NOUNS"]) | frozenset(WORD_CLASSES["DELEGATION_NOUNS"])


def _party_subject(ctx: Context, f: Frame) -> bool:
    """The clause's subject is those at a gathering told of by their noun alone: "The visitors met X", "the
    delegation also met Y" (no name, no title: who they are is said where the gathering is)."""
    t = ctx.tree
    return bool(f.subj) and all(t.lemma(i) in _PARTY_NOUNS and t[i].pos == "NOUN" and ctx.ref(i) is None
                                for i in f.subj)


def _visit_told_of(ctx: Context, f: Frame) -> list[Entity]:
    """The unnamed gathering of the sentence before or this one, which "the visitors" came to."""
    return [e for e in ctx.recent(f.verb, C.Meeting, sentences=1) if not e.named][:1]


_GATHER = frozenset(WORD_CLASSES["MEETING_PLACE_VERBS"]) - {"hold", "host"}
#: Body nouns that are a gathering when taken part in: "took part in a high-level panel on X" (lexicon data).
_TAKEN_PART_IN_NOUNS = WORD_CLASSES["TAKEN_PART_IN_NOUNS"]


def _gathered_body(ctx: Context, f: Frame) -> bool:
    """The subject of a verb of coming together is a body told of by its class noun ("the steering committee",
    "the working group", "the council") and the clause says where or when: a meeting took place."""
    t = ctx.tree
    said = bool(f.prep("in", "at")) or ctx.frame_date(f.verb)
    return bool(said) and any(t[i].pos == "NOUN" and (cls := noun_class(t, i)) is not None
                              and ctx.table.is_a_class(cls, C.Organization) for i in f.subj)


@rule("frame:topic", scope="verb", stage=Stage.VERBS, triggers=("DISCUSS_VERBS",),
      produces=(P.topic, P.participant, P.contributesTo, P.locatedIn, C.Meeting), confidence=0.75)
def discuss(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"The two heads of agency discussed the COVID-19 situation": topics of their meeting (one made when the
    release told of none: :func:`~presskg.extract.rules.encounters.talk`)."""
    if participle_deals(ctx, f.verb):
        return  # "concluded an arrangement concerning X": the arrangement's topic (frame:covers-topic)
    event = meeting_in_view(ctx, f.verb, subj)
    if event is None and f.lemma in WORD_CLASSES["CONFER_VERBS"] and not f.passive:
        event = talk(ctx, f, subj)
    if event is None or any(pronoun_agreement(ctx, i) for i in f.subj):  # "It covers X": the agreement does
        return
    people = [e for e in ctx.objects(event, P.participant)]
    args = f.obj + f.prep("on", "about", "of", "over")
    topics = [x for i in args for x in topic_list(ctx, i)]
    for topic in topics:
        ctx.add(event, P.topic, topic, f.verb, f"frame:{f.lemma}-topic", 0.75)
    # "reviewed the status of main projects underway, among them X and Y": their joint projects
    if any(_their_projects(ctx.tree, j) for i in args for j in ctx.tree.subtree(i)[:12]):
        for topic in topics:
            if isa(ctx, topic, C.Mission, C.LaunchVehicle, C.Spacecraft):
                for org in organizations_of(ctx, people):
                    ctx.add(org, P.contributesTo, topic, f.verb, "frame:joint-project", 0.6)


def _their_projects(t, j: int) -> bool:
    """"the main projects underway", "their joint mission", "our common programme": projects the parties have
    together (plural, theirs, or joint); "discussed the Aurora programme" names a project, not whose it is."""
    if t.lemma(j) not in PROJECT_NOUNS:
        return False
    return t[j].tag in ("NNS", "NNPS") or any(
        c.dep == "poss" or t.lemma(c.i) in WORD_CLASSES["JOINT_ADJECTIVES"] for c in t.children(j))


def meeting_in_view(ctx: Context, i: int, subj: list[Entity]) -> Entity | None:
    """The event a discussion at token ``i`` belongs to: the latest meeting of ``subj`` seen by the verb
    rules, else a meeting named in the last sentences ("Meeting today, the board discussed ...")."""
    found = ctx.current_event(i, subj)
    if found is None and (agents(subj, ctx) or not subj):  # "the agreement covers X" is no meeting's topic
        found = next(iter(ctx.recent(i, C.Meeting, sentences=2)), None)
    return found


_ON = ("on", "about", "concerning", "regarding", "for", "in")


def _counted_plural(t, i: int) -> bool:
    """"Two cooperation agreements were concluded: one on X and one on Y": a plural counted above one whose
    sentence goes on to tell of each ("one on ...") names several agreements; no one agreement stands for
    them. ("signed two memoranda in Paris", told of no further, stays one node with what is said of it.)"""
    counted = t[i].tag in ("NNS", "NNPS") and any(
        c.text.lower() == "both" or c.tag == "CD" and c.text.lower() not in ("one", "1")
        for c in t.children(i, "nummod", "det", "predet"))
    return counted and any(t[k].text.lower() == "one" for k in range(i + 1, t.sentence_of(i).end))


#: Modal verbs that make a signing only possible: "may be extended", "could be renewed" ("will be signed" is firm).
_HEDGES = frozenset({"may", "might", "could", "can", "would", "should"})


@rule("frame:signatory", scope="verb", stage=Stage.VERBS, triggers=("SIGN_VERBS",),
      produces=(P.signatory, P.signedAt, P.participant, P.locatedIn, P.partnerOf, C.Meeting), confidence=0.8)
def sign(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"X and Y signed the agreement", "put their signatures to X", "with the signature of X"."""
    t = ctx.tree
    if any(t.lowers[c.i] in _HEDGES for c in t.children(f.verb, "aux")):
        return  # "the agreement may be extended", "could be renewed": a possibility, no signing (nor its signers)
    if f.lemma == "put" and not any(t.lemma(i) in ("signature", "name") for i in f.obj):
        return  # ("put their signatures to X", "putting their names to this milestone were A and B")
    targets = f.prep("to", "on") if f.lemma == "put" else list(f.obj)
    targets += [o.i for i in f.prep("with", "by") if t.lemma(i) in ("signature", "signing")
                for p in t.children(i, "prep") if p.text.lower() in ("of", "to") for o in t.children(p.i, "pobj")]
    deals = [e for i in targets if not _counted_plural(t, i) for e in things(ctx, i) if isa(ctx, e, C.Agreement)]
    deals = deals or [a for i in targets if (a := pronoun_agreement(ctx, i)) is not None]  # "It was signed by A"
    # "It was signed by A", "The document was signed by A", "A signed the document"
    # (the passive's subject told of in the sentence before: "The letter was signed by A" far back is another)
    deals = deals or [a for i in targets if (a := f.passive and (signed_pronoun(ctx, i) or signed_document(
        ctx, i, sentences=1)) or not f.passive and signed_document(ctx, i))]
    if not deals and (not targets and f.lemma == "sign" or f.lemma == "put"):
        deals = ctx.recent(f.verb, C.Agreement, sentences=3)[:1]  # "X signed for ESA": the agreement in view
    if not deals:
        return
    signers = agents(subj, ctx) + [e for i in f.subj for e in _government_parties(ctx, i) + listed_people(ctx, i)]
    # "ESA's Director General ... signed": ESA ("the Director of X, A, and the Chair of Y signed": Y besides A)
    signers += [e for e in titled_subject(ctx, f) or [] if e not in signers]
    signers = list(dict.fromkeys(signers + [e for i in f.subj for e in _workers_of(ctx, i)]))
    # "the accord was concluded between A and B", "an agreement between A and B was signed": parties
    # named by the deal, not signers seen at a signing (which a later "the signing took place" tells of)
    # ("a memorandum of understanding between A and B": the parser hangs "between" on the "of" noun)
    held = targets + [o.i for d in targets for p in t.children(d, "prep") if p.text.lower() == "of"
                      for o in t.children(p.i, "pobj")]
    between = [e for i in f.prep("between") + [o.i for d in held for p in t.children(d, "prep")
                                               if p.text.lower() == "between" for o in t.children(p.i, "pobj")]
               for e in agents(things(ctx, i, create=False), ctx)]
    # "for ESA", "on behalf of JAXA and ESA" (wherever the parser hung it in the clause)
    behalf_of = [o.i for b in _clause_tokens(ctx, f.verb) if t.lemma(b) == "behalf"
                 for p in t.children(b, "prep") if p.text.lower() == "of" for o in t.children(p.i, "pobj")]
    behalf = [e for p, i in f.preps if "behalf" in p or p == "for" for e in agents(things(ctx, i, create=False), ctx)]
    behalf += [e for i in behalf_of for e in agents(things(ctx, i, create=False), ctx)]
    signers += [e for e in behalf if isa(ctx, e, C.Organization, C.Country)]
    others: list[Entity] = []  # the parties of its "with" phrase
    if signers:  # "signed by CNES with Airbus and OHB", "CNES signed a contract with OHB": the other party signs too
        heads = f.subj if f.passive else targets
        # "a memorandum of understanding with X": the parser hangs "with" on the "of" noun
        heads = heads + [o.i for a in heads for p in t.children(a, "prep") if p.text.lower() == "of"
                         for o in t.children(p.i, "pobj")]
        # "an agreement on X (and Y) with B": the parser hangs the other party's "with" on the topic
        heads = heads + [c for a in heads for p in t.children(a, "prep") if p.text.lower() in _ON
                         for o in t.children(p.i, "pobj") for c in t.conjuncts(o.i)]
        withs = f.withs(t, heads) + _with_after_amount(ctx, heads)
        # a person signs with a person ("signed by A with B, Director General of Z"), a body with a body
        people = any(C.Person in s.classes for s in signers)
        others = [e for i in withs for e in agents(things(ctx, i, create=False), ctx)
                  if isa(ctx, e, C.Organization, C.Country) or people and C.Person in e.classes
                  and not _onlookers(ctx, i)]
        signers += others
    if not signers and between:
        everyone = list(dict.fromkeys(between))
    else:
        if not signers:  # (a participle with no agent, "under a contract signed in 2021", names no group in view)
            # (nor a subject named that is no party: "The city of Torvik signed ..." is not the agencies in view)
            bare = t[f.verb].dep == "acl" and not f.subj or any(e.named for e in subj)
            signers = [e for d in deals for e in ctx.objects(d, P.signatory)] or ([] if bare else organizations_of(
                ctx, ctx.latest_group(f.verb)))
        everyone = list(dict.fromkeys(signers + between + organizations_of(ctx, signers)))
    events = [e for p, i in f.preps if p in ("at", "during", "on occasion of", "on the occasion of", "in")  # "at
              for e in things(ctx, i, create=p in ("at", "during") and t.lemma(i) in EVENT_NOUNS)
              if isa(ctx, e, C.Event)]  # it"
    events += sideline_events(ctx, f, targets)  # "on the occasion of X", "signed an accord on the sidelines of X"
    events = events or fronted_occasions(ctx, f)  # ("During X, the committee that ..., a contract ... was signed")
    # where it was signed: a locative anywhere in the clause ("signed an agreement on X in Brasilia")
    places = list(dict.fromkeys(e for i in clause_locatives(ctx, f.verb) for e in places_in(ctx, i)))
    # "Peru became the 41st country to sign the Accords": an infinitive tells of no signing in view
    told = not any(c.dep == "aux" and c.text.lower() == "to" for c in t.children(f.verb))
    if not events and told and not places:  # "joined the X in a ceremony at Y, where A signed": the sentence's own
        events = _signings(ctx, f.verb, 0)
        _take_part(ctx, events, signers, [], f.verb)
    # "... concluded at the meeting. X signed the Y accord" (not "In Paris, X signed ...": a signing of its own)
    if not events and told and not ctx.frame_date(f.verb) and not places:
        events = [e for d in ctx.recent(f.verb, C.Agreement, sentences=2) if d not in deals
                  for e in ctx.objects(d, P.signedAt)][:1]
    # "The signing took place ... X signed for ESA": the signing in view (not one its clause dates apart)
    if not events and told:
        events = _signings(ctx, f.verb, 2) if not places and not _dated_apart(ctx, f.verb) else []
        _take_part(ctx, events, signers, [], f.verb)
    # people put their names to it: a signing took place, dated or not ("A and B signed the MoU")
    people_sign = bool(targets) and any(C.Person in p.classes for p in signers)
    if not events and people_sign and not places and not ctx.frame_date(f.verb):
        # "X and Y met on <date> ... X and Y signed the MoU": signed at the meeting they were at
        keys = {s.key for s in signers}
        events = [e for d in deals for e in ctx.objects(d, P.signedAt)][:1]  # its signing, told of before
        events = events or [e for e in ctx.recent(f.verb, C.Meeting, sentences=5)
                            if keys & {o.key for o in ctx.objects(e, P.participant)}][:1]
        _take_part(ctx, events, signers, [], f.verb)
    if not events and (places or people_sign):  # "A and B signed an accord on 3 May. It was signed in Paris by X"
        events = signing_told_of(ctx, deals, places)
        _take_part(ctx, events, signers, places, f.verb)
    # onlookers tell that a signing took place ("the agreement was signed in the presence of the Minister")
    watchers = [e for i in clause_witnesses(ctx, f.verb) for e in agents(things(ctx, i, create=False), ctx)]
    if not events and watchers:  # ("It was signed in the presence of C": at its signing told of before)
        events = [e for d in deals for e in ctx.objects(d, P.signedAt)][:1]
    # a signing with a place happened there, whoever signed ("the agreement was signed in Lisbon on 4 May")
    if not events and (places or ctx.frame_date(f.verb) or people_sign or watchers) \
            and (signers or places or watchers):
        ev = described(ctx, f.verb, C.Meeting)
        if ev is not None:
            ctx.table.entities[ev.key].label = "signing"
            events = [ev]
            _take_part(ctx, events, signers, places, f.verb)
    for ev in events:  # (also a signing told of before: "It was signed in the presence of C")
        for w in watchers:
            ctx.add(ev, P.participant, w, f.verb, "dep:witnesses", 0.75)
    for d in deals:
        for s in everyone:
            ctx.add(d, P.signatory, s, f.verb, "frame:signatory", 0.85 if s in signers else 0.7)
        for ev in events:
            ctx.add(d, P.signedAt, ev, f.verb, "frame:signed-at", 0.8)
            ctx.date_links.append((ev.key, d.key))
        ctx.date_links.append((d.key, f"verb:{f.verb}"))
    orgs = [s for s in everyone if isa(ctx, s, C.Organization, C.Country)]  # (states that sign are partners too)
    deal_partners(ctx, orgs, others, deals, f.verb, "frame:co-signatories")


def _dated_apart(ctx: Context, verb: int) -> bool:
    """The clause of ``verb`` gives a year of its own that the sentence of the latest signing or ceremony before it
    does not ("handed over the samples at a ceremony on 8 June ... an agreement signed in 2019": another signing)."""
    own = {d[:4] for d in ctx.frame_date(verb)}
    t = ctx.tree
    told = {v[:4] for e in _signings(ctx, verb, 2) for at, found in ctx.date_at.items()
            if t.sentence_index(at) == t.sentence_index(e.mentions[0].start) for v, _ in found}
    return bool(own) and bool(told) and not own & told


def _signings(ctx: Context, verb: int, sentences: int) -> list[Entity]:
    """The latest signing or ceremony told of before ``verb`` within ``sentences`` sentences back, if any."""
    return [e for e in ctx.recent(verb, C.Meeting, sentences=sentences)
            if ctx.tree.lemma(e.mentions[0].end - 1) in ("signing", "ceremony")][:1]


def _take_part(ctx: Context, events: list[Entity], signers: list[Entity], places: list[Entity], verb: int) -> None:
    """The people who signed take part in the signing, which took place where the clause says."""
    for ev in events:
        for p in signers:
            if C.Person in p.classes:
                ctx.add(ev, P.participant, p, verb, "frame:signing-participant", 0.8)
        for pl in places:
            ctx.add(ev, P.locatedIn, pl, verb, "frame:signed-at-place", 0.8)


def _with_after_amount(ctx: Context, heads: list[int]) -> list[int]:
    """"a contract worth 120 million euros with X", "a deal valued at 30 million euros with Y": the parser hangs
    the other party's "with" on the amount (or "worth") that modifies the deal noun; it is the deal's all the same."""
    t = ctx.tree
    return [o.i for a in heads for c in t.children(a, "amod", "acl") for k in t.subtree(c.i)
            if t[k].dep == "prep" and t[k].text.lower() == "with" and t[t[k].head].pos in ("NOUN", "NUM", "SYM", "ADJ")
            for o in t.children(k, "pobj")]


def _onlookers(ctx: Context, i: int) -> bool:
    """"with the Prime Minister and X as witnesses", "with Dr. X, CEO of Y, looking on", "with X in attendance",
    "with X present": the people of a "with" phrase that says what else they did there watched the signing; they
    did not sign."""
    t = ctx.tree
    if attending(ctx, i):
        return True
    w = t[i].head if t[t[i].head].text.lower() == "with" else i
    k = max(t.subtree(w)) + 1  # what follows the phrase: parsers hang "looking on", "as witnesses" on the verb
    while k < len(t) and t[k].pos == "PUNCT" and t[k].text != ".":
        k += 1
    return k < len(t) and (t[k].tag == "VBG" or t[k].text.lower() == "as")


def _workers_of(ctx: Context, i: int) -> list[Entity]:
    """"Representatives of JAXA and ESA signed ...", "officials from NASA": the organizations whose people act."""
    return agents(_worker_org(ctx, i), ctx)


def _government_parties(ctx: Context, i: int) -> list[Entity]:
    """"the Governments of A and of B" sign for A and B."""
    from .agreements import parties_of
    return [e for e in parties_of(ctx, i) if C.Country in e.classes]

"""What a later phrase takes back: the agreement "it" stands for (:func:`pronoun_agreement`), and a meeting
a verb told of, taken back by a definite noun: "ESA and JAXA met in Paris on 3 May. Estonia
signed an agreement during the meeting", "The delegations convened in Oslo. The meeting was chaired by X".

A rule that reads the noun may run before the rule that makes the verb's event (their stages differ), and
the noun then found no meeting told of and made a second one. It takes the verb's event instead, made here
as the verb's rule makes it (:func:`~presskg.extract.referents.described` keys a verb's event by the verb,
so it is one event whichever rule asks first). The verbs are those of people coming together (lexicon
``MEETING_PLACE_VERBS``): "meet", or another with no object ("held talks" is told by its noun).
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Entity
from ..vocab import Class as C
from .classes import ancestors
from .context import Context
from .lexicon import TABLES, WORD_CLASSES
from .mentions import noun_class
from .salience import is_subject

_GATHER = WORD_CLASSES["MEETING_PLACE_VERBS"]
#: What a gathering verb's event is called (its label: :func:`~presskg.extract.referents.described`).
_TAKE_BACK = frozenset({"meeting"})
_SAME = WORD_CLASSES["SAME_ADJECTIVES"]  # "the same session": the meeting a verb told of
#: Sentences back (the noun's own included) that a definite noun looks for the verb.
REACH = 3
#: Sentences back that "the same session" looks for the gathering verb.
SAME_REACH = 8
#: Event nouns and the verbs that tell of the same event ("the recovery": "recovered"), lexicon data.
NOUN_VERBS = TABLES["OCCURRENCE_NOUN_VERBS"]
#: A visit is told by its host as well: "A welcomed B to Rome ... During the visit" (lexicon HOST_VERBS, VISIT_NOUNS).
_HOSTED = frozenset(WORD_CLASSES["HOST_VERBS"])
_VISITS = frozenset(WORD_CLASSES["VISIT_NOUNS"])
_WORKERS = frozenset(WORD_CLASSES["WORKER_NOUNS"])
_SIGNED_THINGS = frozenset(WORD_CLASSES["SIGNED_THING_NOUNS"])
#: Sentences back that a definite event noun looks for its verb's event.
_BACK = 2


def told_by_verb(ctx: Context, i: int, cls: str | None,
                 make: Callable[[Context, int, str], Entity | None]) -> Entity | None:
    """The meeting the latest gathering verb before noun ``i`` tells of (``make`` makes a verb's event),
    if the noun is of a meeting's class; else ``None``."""
    t = ctx.tree
    # the noun a verb's meeting is called by, alone: "the award ceremony" is another event
    # "At the same session": said to be the one told of, whatever its noun and words (lexicon SAME_ADJECTIVES)
    same = any(t.lowers[c.i] in _SAME for c in t.children(i, "amod"))
    if cls is None or C.Meeting not in ancestors(cls) or not same and (
            t.lemma(i) not in _TAKE_BACK or any(True for _ in t.children(i, "compound", "amod"))):
        return None
    here = t.sentence_index(i)
    # "the same session" says it is one told of, and a council's release tells of its decisions at length
    first = t.parse.sentences[max(here - (SAME_REACH if same else REACH) + 1, 0)].start
    for k in range(i - 1, first - 1, -1):
        if t[k].pos == "VERB" and t.lemma(k) in _GATHER and (
                t.lemma(k) == "meet" or not any(True for _ in t.children(k, "dobj"))):
            held = [(c.i, hc) for c in t.children(k, "nsubjpass") if t[c.i].pos == "NOUN"
                    and (hc := noun_class(t, c.i)) is not None and C.Event in ancestors(hc)]
            if held:  # "A meeting of the Council was held in Lisbon": the noun's meeting, not one of the verb
                return make(ctx, *held[0])
            return make(ctx, k, C.Meeting)
    return None


def hosted_visit(ctx: Context, i: int) -> int | None:
    """"A welcomed B to the Tsukuba centre on 3 June. ... During the visit, ...": for a bare definite visit noun
    (lexicon ``VISIT_NOUNS``) the verb of the latest welcome (``HOST_VERBS``) of a name or a delegation (lexicon
    ``WORKER_NOUNS``) with a place or a day, in its sentence or the two before; its event is the visit. The noun
    is read before the verbs' rules make their events (rules/events.py), so the welcome's event is made from it."""
    t = ctx.tree
    if t.lemma(i) not in _VISITS or t[i].tag != "NN" or t.children(i, "prep", "compound", "amod", "poss") \
            or not {c.text.lower() for c in t.children(i, "det")} & {"the", "this", "that"}:
        return None
    here = t.sentence_index(i)
    for v in sorted((v for v in ctx.frames if v < i and here - t.sentence_index(v) <= _BACK), reverse=True):
        f = ctx.frames[v]
        if f.lemma in _HOSTED and not f.prep("as") and any(
                t[o].pos == "PROPN" or t.lemma(o) in _WORKERS for o in f.obj) \
                and (any(p in ("to", "at", "in") for p, _ in f.preps) or ctx.frame_date(v)):
            return v
    return None


def said_same(ctx: Context, i: int, cls: str) -> bool:
    """"the same session", "the same meeting": a gathering's noun (a class under Meeting or Conference) that an
    adjective of lexicon ``SAME_ADJECTIVES`` says is one told of before, though another noun named it ("The
    Council met in Lisbon. At the same session, ..."); "the next session" is another (referents._latest_of)."""
    return any(k in ancestors(cls) for k in (C.Meeting, C.Conference)) and any(
        ctx.tree.lowers[c.i] in _SAME for c in ctx.tree.children(i, "amod"))


def event_told_by_verb(ctx: Context, i: int) -> Entity | None:
    """"The recovery" after "KASA recovered the capsule", "the opening" after "X opened the centre": the latest
    event a verb of the noun (``OCCURRENCE_NOUN_VERBS``) made in view, for a bare definite noun or one with no
    article at all ("Touchdown is planned ..."); a launch or landing noun takes back a launch or landing however
    the verb told it ("Velan will land on Mars. Touchdown is planned ...")."""
    t, verb = ctx.tree, NOUN_VERBS.get(ctx.tree.lemma(i))
    dets = [c.text.lower() for c in t.children(i, "det")]
    # ("Touchdown is planned for 26 November": a bare event noun, no article, is the event in view too)
    if verb is None or t[i].tag != "NN" and not (t[i].tag == "NNS" and verb == "meet") or any(
            c.dep == "prep" for c in t.children(i)) or dets and not set(dets) & {"the", "this", "that", "these"}:
        return None  # (a meeting's plural nouns stand for it: "the talks", "the discussions")
    # ("Velan will land on Mars. Touchdown is planned ...": a noun of the same kind of event, told by another verb)
    kind = noun_class(t, i) if noun_class(t, i) in (C.Launch, C.Landing) else None
    here = t.sentence_index(i)
    for v in sorted((v for v in ctx.described if v < i and here - t.sentence_index(v) <= _BACK), reverse=True):
        ev = ctx.table.entities.get(ctx.described[v])
        if ev is not None and not ev.named and t[v].pos == "VERB" and ctx.table.is_a(ev, C.Event) and (
                t.lemma(v) == verb or labelled_by(ev, t.lemma(i)) or kind is not None and ctx.table.is_a(ev, kind)
                or t.lemma(i) in _VISITS and t.lemma(v) in _HOSTED):
            return ev
    return None


def pronoun_agreement(ctx: Context, i: int) -> Entity | None:
    """"X and Y signed an agreement in London. It covers Z": a subject "it" (or "this") that takes back no name
    stands for the agreement told of in its sentence or the one before, if there is one (an agreement is
    described, and a pronoun's antecedents are names). For the rules of what agreements say: its topics, its
    terms; the signing meeting the same sentence told of is not what "it" covers. A name told of after the
    agreement ("an agreement on the Vela mission. It ...") keeps the pronoun; one told of before it (the
    signer, by parallelism of subjects) does not: an agency covers no field, an agreement does. An agreement that
    was the last sentence's subject keeps the pronoun whatever was named after it ("The agreement was signed by
    CNES President X. It covers Y")."""
    deal, refs = _subject_it(ctx, i, sentences=1)
    # (an event told only by a verb, "It was signed in Bengaluru by A. It covers X", is no antecedent of the
    # pronoun; one told by a noun, "A and B held a meeting. It covered X", is)
    refs = [e for e in refs if not ctx.table.is_a(e, C.Event) or any(
        ctx.tree[m.start].pos != "VERB" for m in e.mentions)]
    if deal is None or any(ctx.table.is_a(e, C.Event) for e in refs):
        return None
    last = _last_before(deal, i)
    if is_subject(ctx.tree, deal, last) and ctx.tree.sentence_index(i) - ctx.tree.sentence_index(last) == 1:
        return deal  # "The agreement was signed by CNES President X. It covers Y": a subject continues the subject
    return deal if all(_last_before(e, i) < last for e in refs) else None


def _subject_it(ctx: Context, i: int, *, sentences: int) -> tuple[Entity | None, list[Entity]]:
    """For a subject "it" or "this" at ``i``: the latest agreement told of in its sentence or the ``sentences``
    before (None when there is none, or when the pronoun itself takes back an agreement), and what the pronoun
    takes back."""
    t = ctx.tree
    if t[i].text.lower() not in ("it", "this") or t[i].dep not in ("nsubj", "nsubjpass"):
        return None, []
    deal = _subject_deal(ctx, i, sentences)
    refs = ctx.refs(i)
    return (None if any(ctx.table.is_a(e, C.Agreement) for e in refs) else deal), refs


def _subject_deal(ctx: Context, i: int, sentences: int) -> Entity | None:
    """The latest agreement told of in the ``sentences`` before ``i`` (and in its own); in a sentence that tells of
    one, an agreement that is the clause's subject comes first, by name or by its noun ("The arrangement builds on
    the framework agreement of 2023. It covers X": the arrangement, which "it" continues as a subject continues a
    subject; salience.py)."""
    t, here = ctx.tree, ctx.tree.sentence_index(i)
    deals = [(e, start) for e, start in ctx._before(i) if ctx.table.is_a(e, C.Agreement)
             and here - t.sentence_index(start) <= sentences]
    for k in range(here, here - sentences - 1, -1):
        if k < 0:
            break
        sent = t.parse.sentences[k]
        for j in range(sent.start, min(sent.end, i)):
            if t[j].dep in ("nsubj", "nsubjpass") and t[j].pos in ("NOUN", "PROPN"):
                e = ctx.ref(j) or _same_noun_deal(ctx, j)
                if e is not None and ctx.table.is_a(e, C.Agreement):
                    return e
        told = [e for e, start in deals if t.sentence_index(start) == k]
        if told:
            return told[0]
    return None


def _same_noun_deal(ctx: Context, j: int) -> Entity | None:
    """"The arrangement" at ``j``: the latest agreement told of before by the same noun (an agreement noun with
    "the" or "this" takes back the deal of its noun, which the context's definite descriptions leave alone)."""
    t = ctx.tree
    if t[j].pos != "NOUN" or noun_class(t, j) != C.Agreement or not any(
            c.text.lower() in ("the", "this") for c in t.children(j, "det")):
        return None
    return next((e for e, _ in ctx._before(j) if ctx.table.is_a(e, C.Agreement) and any(
        t.lemma(m.end - 1) == t.lemma(j) for m in e.mentions if m.end <= j)), None)


def _last_before(e: Entity, i: int) -> int:
    return max((m.start for m in e.mentions if m.start < i), default=-1)


def signed_pronoun(ctx: Context, i: int) -> Entity | None:
    """"DLR signed an agreement with KIT. The school will train 30 students. It was signed in Karlsruhe by A and
    B": the subject "it" of a signing verb stands for the last agreement told of in the three sentences before,
    whatever common noun was told of in between, since only an agreement is signed (pronoun_agreement, for any
    verb, looks one sentence back). A name told of in a later sentence keeps the pronoun ("The Lyra probe was
    launched in 2024. It was signed by A": no signing of the agreement before), and so does an agreement it names
    itself."""
    t = ctx.tree
    deal, refs = _subject_it(ctx, i, sentences=3)
    if deal is None:
        return None
    told = t.sentence_index(_last_before(deal, i))
    later = [k for e in refs if e.named and (k := _last_before(e, i)) >= 0 and t.sentence_index(k) > told]
    return None if later else deal


def signed_document(ctx: Context, i: int, sentences: int = 3) -> Entity | None:
    """"KASA and ASI signed a memorandum on 9 March. Their heads signed the document in Rome": a definite noun of
    a signed thing with no class of its own ("the document", "the text"; lexicon ``SIGNED_THING_NOUNS``), signed,
    is the last agreement told of in that many ``sentences`` before (a noun with a class, "the memorandum", is read
    as a description of its own)."""
    t = ctx.tree
    if t.lemma(i) not in _SIGNED_THINGS or noun_class(t, i) is not None or not any(
            c.text.lower() in ("the", "this", "that") for c in t.children(i, "det")):
        return None
    return next(iter(ctx.recent(i, C.Agreement, sentences=sentences)), None)


def participle_deals(ctx: Context, verb: int) -> list[Entity]:
    """"concluded an arrangement on 3 April concerning the X mission": the agreements a participle of discussion
    (``verb``, hung on the clause) is said of, the objects of the clause it hangs on; "a memorandum of
    understanding covering X", "a letter of intent concerning Y": the agreement whose "of" noun it hangs on."""
    t = ctx.tree
    if t[verb].tag != "VBG" or t[verb].dep not in ("prep", "acl", "advcl") or t[verb].head == verb:
        return []
    head = t[verb].head
    if t[verb].dep == "acl" and t[head].dep == "pobj" and t.lowers[t[head].head] == "of" \
            and (e := ctx.ref(t[t[head].head].head)) is not None and ctx.table.is_a(e, C.Agreement):
        return [e]
    return [e for c in t.children(t[verb].head, "dobj", "nsubjpass") if (e := ctx.ref(c.i)) is not None
            and ctx.table.is_a(e, C.Agreement)]


def labelled_by(ev: Entity, noun: str) -> bool:
    """An event a rule labelled by the noun that takes it back ("handover": control taken over), its date and
    release added to the label or not yet."""
    return ev.label == noun or ev.label.startswith((noun + " (", noun + " ["))

"""A participle with an agent read as the clause's verb: "The Union Cabinet chaired by Prime Minister Narendra Modi
approved the mission".

The small model reads "chaired" as the sentence's past-tense verb, with "the Union Cabinet" its subject and "by
Prime Minister Narendra Modi" its agent, and hangs the true verb, "approved", on it as a clause of its own with no
subject. An active past verb takes no "by" agent: a verb tagged as a past form with an agent, a subject right
before it and no auxiliary, on which hangs a later finite verb with no subject of its own, is a participle that
modifies its "subject" ("the Union Cabinet [that was] chaired by X"), and the later verb is the clause's, with that
noun its subject. The rules then read it as they read "The Union Cabinet, chaired by X, approved". And a
participle right after a noun that the parser hung on the clause's verb is the noun's (:func:`stranded_participles`),
and "the X sounder provided by CNES and the Y imager developed by DLR" lists two things, not CNES and an imager
(:func:`listed_participles`), and "the meeting between the two heads of agency held in Tokyo" was held there, not the
heads (:func:`held_gatherings`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..model import Parse, Token
from ..vocab import Class as C
from .classes import ancestors
from .lexicon import HEAD_CLASSES, WORD_CLASSES

#: The dependencies a later verb hangs on the participle with: the clause the parser split off.
_SPLIT = ("advcl", "conj", "ccomp", "dep")
#: Finite forms of the later verb ("approved", "approves", "approve"), or a verb with an auxiliary ("will fund").
_FINITE = ("VBD", "VBZ", "VBP")


def reduced_relatives(parse: Parse) -> Parse:
    """``parse`` with such participles made modifiers of their nouns; the same object when there is none.

    >>> from presskg.model import Token
    >>> words = [("Cabinet", "PROPN", "VBZ", "nsubj", 1), ("chaired", "VERB", "VBD", "ROOT", 1),
    ...          ("by", "ADP", "IN", "agent", 1), ("Modi", "PROPN", "NNP", "pobj", 2),
    ...          ("approved", "VERB", "VBD", "advcl", 1), ("it", "PRON", "PRP", "dobj", 4)]
    >>> toks = tuple(Token(i, w, 0, w.lower(), pos, tag, dep, h, "", "O", " ")
    ...              for i, (w, pos, tag, dep, h) in enumerate(words))
    >>> [(t.text, t.dep, t.head) for t in reduced_relatives(Parse(toks, (), (), "")).tokens][:5:4]
    [('Cabinet', 'nsubj', 4), ('approved', 'ROOT', 4)]
    """
    toks = parse.tokens
    kids = _children(toks)
    tokens = None
    for v in toks:
        if v.pos != "VERB" or v.tag not in ("VBD", "VBN") or v.dep != "ROOT":
            continue
        mine = kids.get(v.i, [])
        deps = {toks[k].dep for k in mine}
        if deps & {"aux", "auxpass", "dobj", "nsubjpass"}:
            continue
        subj = [k for k in mine if toks[k].dep == "nsubj" and k < v.i]
        later = [k for k in mine if k > v.i and toks[k].dep in _SPLIT and toks[k].pos in ("VERB", "AUX")
                 and not any(toks[j].dep in ("nsubj", "nsubjpass", "mark") for j in kids.get(k, []))
                 and (toks[k].tag in _FINITE or any(toks[j].dep in ("aux", "auxpass") for j in kids.get(k, [])))]
        if len(subj) != 1 or not later or toks[subj[0]].pos not in ("NOUN", "PROPN"):
            continue
        s, w = subj[0], later[0]
        if "agent" in deps and not any(toks[j].pos == "PUNCT" for j in range(s + 1, v.i)):
            if not _right_before(toks, kids, s, v.i):
                continue  # (a noun far from the verb: not this)
        elif not _set_off(toks, kids, s, v.i, w):
            continue  # ("The rover, developed by X, is scheduled to land": set off, agent or none)
        tokens = tokens or list(toks)
        tokens[v.i] = replace(tokens[v.i], dep="acl", head=s, tag="VBN")
        tokens[s] = replace(tokens[s], head=w)
        tokens[w] = replace(tokens[w], dep="ROOT", head=w)
        for j in mine:  # the sentence's full stop and what came after the later verb belong to it
            if j > w and toks[j].dep in ("punct", "dobj", "prep", "advmod", "npadvmod"):
                tokens[j] = replace(tokens[j], head=w)
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))


def stranded_participles(parse: Parse) -> Parse:
    """``parse`` with a participle the parser hung on the clause's verb, right after a noun with no comma between,
    made that noun's modifier: "gives NASA the data collected by the magnetometer mounted on the lander" (parsed
    with "mounted" a past-tense clause of "gives" with no subject). A clause of its own has a subject, a marker or
    an auxiliary; a past form right after a noun with none of them is a participle on the noun. So is a past
    participle set off by a comma right after an object's name: "Aurelis-2 joins Aurelis-1, launched in 2021, in the
    Aurelis constellation", "replaces Tarvo-1, launched in 2015" (Tarvo-1 was launched then, not the subject).

    >>> from presskg.model import Token
    >>> words = [("gives", "VERB", "VBZ", "ROOT", 0), ("the", "DET", "DT", "det", 2),
    ...          ("magnetometer", "NOUN", "NN", "dobj", 0), ("mounted", "VERB", "VBD", "advcl", 0),
    ...          ("on", "ADP", "IN", "prep", 3), ("it", "PRON", "PRP", "pobj", 4)]
    >>> toks = tuple(Token(i, w, 0, w.lower(), pos, tag, dep, h, "", "O", " ")
    ...              for i, (w, pos, tag, dep, h) in enumerate(words))
    >>> [(t.text, t.dep, t.head, t.tag) for t in stranded_participles(Parse(toks, (), (), "")).tokens][3]
    ('mounted', 'acl', 2, 'VBN')
    """
    toks = parse.tokens
    kids = _children(toks)
    tokens = None
    for v in toks:
        if v.pos != "VERB" or v.tag not in ("VBD", "VBN") or v.dep != "advcl" or v.i == 0 or v.head > v.i:
            continue
        noun = toks[v.i - 1]
        if noun.text == "," and v.i >= 2 and v.tag == "VBN" and toks[v.i - 2].pos == "PROPN" \
                and toks[v.i - 2].dep == "dobj":
            noun = toks[v.i - 2]  # "Aurelis-2 joins Aurelis-1, launched in 2021,": the object's name is described
        if noun.pos not in ("NOUN", "PROPN") or noun.head == v.i or any(
                toks[j].dep in ("nsubj", "nsubjpass", "mark", "aux", "auxpass", "dobj") for j in kids.get(v.i, [])):
            continue
        tokens = tokens or list(toks)
        tokens[v.i] = replace(tokens[v.i], dep="acl", head=noun.i, tag="VBN")
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))


def set_off_participles(parse: Parse) -> Parse:
    """``parse`` with the phrases written after a participle set off by commas hung on the clause's verb:
    "welcomed a delegation from X, led by its Director General Y, to the centre on 3 June" (the parser hangs "to
    the centre" and "on 3 June" on "led"; they say where and when the delegation was welcomed). A participle set
    off by a comma before it and one after its "by" phrase says only who led, built or chaired; what follows the
    second comma is the clause's again.

    >>> from presskg.model import Token
    >>> words = [("welcomed", "VERB", "VBD", "ROOT", 0), ("guests", "NOUN", "NNS", "dobj", 0),
    ...          (",", "PUNCT", ",", "punct", 0), ("led", "VERB", "VBN", "advcl", 0), ("by", "ADP", "IN", "agent", 3),
    ...          ("Ann", "PROPN", "NNP", "pobj", 4), (",", "PUNCT", ",", "punct", 3), ("to", "ADP", "IN", "prep", 3),
    ...          ("Rome", "PROPN", "NNP", "pobj", 7)]
    >>> toks = tuple(Token(i, w, 0, w.lower(), pos, tag, dep, h, "", "O", " ")
    ...              for i, (w, pos, tag, dep, h) in enumerate(words))
    >>> [(t.text, t.head) for t in set_off_participles(Parse(toks, (), (), "")).tokens][7]
    ('to', 0)
    """
    toks = parse.tokens
    kids = _children(toks)
    tokens = None
    for v in toks:
        if v.pos != "VERB" or v.tag != "VBN" or v.dep not in ("advcl", "acl") or v.i < 2 or toks[v.i - 1].text != ",":
            continue
        mine = kids.get(v.i, [])
        agent = next((k for k in mine if toks[k].dep == "agent" and k > v.i), None)
        verb = _governing_verb(toks, v.head)
        if agent is None or verb is None or verb > v.i:
            continue
        comma = _phrase_end(kids, agent) + 1
        if comma >= len(toks) or toks[comma].text != "," or toks[comma].head != v.i:
            continue
        after = [k for k in mine if k > comma and toks[k].dep in ("prep", "npadvmod")]
        if after:
            tokens = tokens or list(toks)
            for k in after:
                tokens[k] = replace(tokens[k], head=verb)
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))


def listed_participles(parse: Parse) -> Parse:
    """``parse`` with a thing listed after a participle's agent made the conjunct of the thing the participle
    describes: "the IASI-NG sounder provided by CNES and the METimage imager developed by DLR", parsed with "imager"
    a conjunct of CNES and "developed" a modifier of "sounder". A noun with a determiner, of a class of things
    (lexicon ``HEAD_CLASSES``, no agent: "by CNES and the agency" is two agents), joined to the agent of a participle
    on a noun, is that noun's conjunct; and a participle hung on that noun after it is the conjunct's.

    >>> from presskg.model import Token
    >>> words = [("the", "DET", "DT", "det", 1), ("sounder", "NOUN", "NN", "dobj", 1),
    ...          ("provided", "VERB", "VBN", "acl", 1), ("by", "ADP", "IN", "agent", 2),
    ...          ("CNES", "PROPN", "NNP", "pobj", 3), ("and", "CCONJ", "CC", "cc", 4), ("the", "DET", "DT", "det", 7),
    ...          ("imager", "NOUN", "NN", "conj", 4), ("developed", "VERB", "VBN", "acl", 1),
    ...          ("by", "ADP", "IN", "agent", 8), ("DLR", "PROPN", "NNP", "pobj", 9)]
    >>> toks = tuple(Token(i, w, 0, w.lower(), pos, tag, dep, h, "", "O", " ")
    ...              for i, (w, pos, tag, dep, h) in enumerate(words))
    >>> [(t.text, t.head) for t in listed_participles(Parse(toks, (), (), "")).tokens][5:9:2]
    [('and', 1), ('imager', 1)]
    >>> listed_participles(Parse(toks, (), (), "")).tokens[8].head
    7
    """
    toks = parse.tokens
    kids = _children(toks)
    tokens = None
    for c in toks:
        x = toks[c.head]
        if c.dep != "conj" or c.pos not in ("NOUN", "PROPN") or x.dep != "pobj" or x.pos != "PROPN" \
                or c.i < x.i + 3 or toks[x.i + 1].dep != "cc" or toks[x.i + 2].pos != "DET" \
                or not _thing(c.lemma.lower()):  # ("and the Advanced Microwave Radiometer": a name's class noun too)
            continue  # ("by CNES and the [X] imager": a determiner opens the conjunct's phrase)
        agent = toks[x.head]
        verb = toks[agent.head]
        if agent.dep != "agent" or verb.dep != "acl" or verb.tag != "VBN" or toks[verb.head].pos != "NOUN":
            continue
        noun = verb.head
        tokens = tokens or list(toks)
        tokens[c.i] = replace(tokens[c.i], head=noun)
        for k in kids.get(x.i, []):
            if toks[k].dep == "cc" and x.i < k < c.i:
                tokens[k] = replace(tokens[k], head=noun)
        for k in kids.get(noun, []):
            if toks[k].dep == "acl" and k > c.i:
                tokens[k] = replace(tokens[k], head=c.i)
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))


def _thing(lemma: str) -> bool:
    """A noun of a class of things, no agent (lexicon ``HEAD_CLASSES``)."""
    cls = HEAD_CLASSES.get(lemma)
    return cls is not None and C.Agent not in ancestors(cls)


def _governing_verb(toks, i: int) -> int | None:
    """The verb at ``i``, or the one the noun phrase at ``i`` hangs on (through prepositions and nouns)."""
    seen = 0
    while toks[i].pos != "VERB":
        if toks[i].head == i or seen > 4 or toks[i].pos not in ("NOUN", "PROPN", "ADP", "PRON"):
            return None
        i, seen = toks[i].head, seen + 1
    return i


def _phrase_end(kids: dict[int, list[int]], i: int) -> int:
    """The last token of the phrase headed at ``i``."""
    return max([i, *(_phrase_end(kids, k) for k in kids.get(i, []))])


def _children(toks) -> dict[int, list[int]]:
    """The dependents of each token, by index."""
    kids: dict[int, list[int]] = {}
    for t in toks:
        if t.head != t.i:
            kids.setdefault(t.head, []).append(t.i)
    return kids


def _right_before(toks: Sequence[Token], kids: dict[int, list[int]], s: int, v: int) -> bool:
    """The subject's phrase ends right before the verb (its words, not a clause of its own, fill the gap)."""
    last = max([s, *(k for k in kids.get(s, []) if k < v)])
    return last == v - 1


def _set_off(toks: Sequence[Token], kids: dict[int, list[int]], s: int, v: int, w: int) -> bool:
    """"The X rover, developed jointly with DLR, will land on Phobos": no agent, but the participle set off by commas
    right after the subject's phrase, and the later verb, after the second comma, with an auxiliary of its own (an
    active past verb is followed by no ", will land" but after an "and")."""
    first = min([w, *(k for k in kids.get(w, []) if k < w)])
    return toks[v - 1].text == "," and _right_before(toks, kids, s, v - 1) and toks[first - 1].text == "," \
        and any(toks[j].dep in ("aux", "auxpass") for j in kids.get(w, [])) \
        and not any(toks[j].dep == "cc" and toks[j].head in (v, w) for j in range(v, w))


def held_gatherings(parse: Parse) -> Parse:
    """``parse`` with the participle of holding a gathering (lexicon ``MEETING_PLACE_VERBS``: "held", "convened")
    that the parser hung on a noun inside a gathering noun's phrase made the gathering's: "the meeting between the two
    heads of agency held in Tokyo in October" (parsed with "held" on "heads": the heads were held there). A gathering's
    noun (an event's, lexicon ``HEAD_CLASSES``) one or two phrases up takes it; the same object when there is none.

    >>> from presskg.model import Token
    >>> words = [("meeting", "NOUN", "dobj", 0), ("between", "ADP", "prep", 0), ("heads", "NOUN", "pobj", 1),
    ...          ("held", "VERB", "acl", 2), ("in", "ADP", "prep", 3), ("Tokyo", "PROPN", "pobj", 4)]
    >>> toks = tuple(Token(i, w, 0, "hold" if w == "held" else w.lower(), pos, "VBN" if w == "held" else "", dep, h,
    ...                    "", "O", " ") for i, (w, pos, dep, h) in enumerate(words))
    >>> [(t.text, t.head) for t in held_gatherings(Parse(toks, (), (), "")).tokens][3]
    ('held', 0)
    """
    toks = parse.tokens
    tokens = None
    for v in toks:
        if v.dep != "acl" or v.tag != "VBN" or v.lemma.lower() not in _HOLD or _gathering(toks[v.head]):
            continue
        k, up = v.head, 0
        while up < 2 and toks[k].dep == "pobj" and toks[toks[k].head].dep == "prep":
            k, up = toks[toks[k].head].head, up + 1
            if _gathering(toks[k]) and k < v.i:
                tokens = tokens or list(toks)
                tokens[v.i] = replace(tokens[v.i], head=k)
                break
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))


def _gathering(tok: Token) -> bool:
    cls = HEAD_CLASSES.get(tok.lemma.lower())
    return tok.pos == "NOUN" and cls is not None and C.Event in ancestors(cls)


#: Verbs of holding a gathering (lexicon data).
_HOLD = frozenset(WORD_CLASSES["MEETING_PLACE_VERBS"])

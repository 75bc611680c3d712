"""Relations read from noun-phrase structure: titles, nationality, possession, places.

These rules look at appositions ("Hiroshi Yamakawa, President of JAXA"),
compound titles ("CNES President Jean-Yves Le Gall"), possessives ("its
Hayabusa2 mission", "Mars' moons"), nationality adjectives ("the Japanese
GOSAT-1 and GOSAT-2 satellites", "French-German MASCOT") and prepositional
attachments of nouns ("mission to Phobos", "samples from Ryugu",
"Headquarters in Washington"). Verb-driven rules are in ``actions``.
"""

from __future__ import annotations

from ..model import Entity
from ..vocab import Class as C
from ..vocab import Prop as P
from .context import Context
from .gazetteer import name_key
from .lexicon import HEAD_TITLES, HEAD_VERBS, MEMBER_TITLES, PLANET_ADJECTIVES

MEMBER_VERBS = frozenset({"represent", "work", "serve", "join", "advise"})
WORKER_NOUNS = frozenset({"team", "teams", "scientist", "scientists", "researcher", "researchers",
                          "engineer", "engineers", "staff", "experts", "expert", "group"})


def read_structures(ctx: Context) -> None:
    """Run every structural rule over the release."""
    titles(ctx)
    nationality(ctx)
    possessives(ctx)
    noun_preps(ctx)
    names_with_places(ctx)


# --- people and their organizations --------------------------------------------------


def title_kind(ctx: Context, i: int) -> str | None:
    """``headOf`` or ``memberOf`` for a title noun at ``i`` ("President", "Director General")."""
    t = ctx.tree
    words = [t.lemma(i)]
    for c in t.children(i, "compound", "amod"):
        words.insert(0, t.lemma(c.i))
    nxt = i + 1 < len(t) and t.lemma(i + 1) in ("general", "elect")
    phrase = " ".join(words)
    if nxt:
        phrase = f"{phrase} {t.lemma(i + 1)}"
    parts = phrase.split()
    if any(w in ("vice", "deputy", "elect", "designate", "former", "acting", "associate", "sub", "assistant")
           for w in parts):
        return P.memberOf
    last_two = " ".join(parts[-2:])
    if last_two in HEAD_TITLES or (parts[-1] in HEAD_TITLES and parts[-1] != "director"):
        return P.headOf
    if t.lemma(i) in MEMBER_TITLES or phrase in MEMBER_TITLES or parts[-1] in MEMBER_TITLES:
        return P.memberOf
    return None


def _org_near_title(ctx: Context, i: int) -> list[Entity]:
    """The organization a title names: "JAXA President", "President of JAXA", "ESA's Director"."""
    t = ctx.tree
    for c in t.children(i, "compound", "poss", "nmod", "amod"):
        e = ctx.ref(c.i)
        if ctx.table.is_a(e, C.Organization):
            return [e]
    if i > 0 and t[i - 1].dep == "compound":  # "ESA Director General": compounds of the next word
        e = ctx.ref(i - 1)
        if ctx.table.is_a(e, C.Organization):
            return [e]
    found: list[Entity] = []
    todo = [c.i for c in t.children(i, "prep") if c.text.lower() in ("of", "at", "for", "from", "in")]
    while todo and not found:
        p = todo.pop(0)
        for o in t.children(p, "pobj"):
            e = ctx.ref(o.i)
            if ctx.table.is_a(e, C.Organization):
                found.append(e)
            else:
                todo.extend(c.i for c in t.children(o.i, "prep") if c.text.lower() in ("of", "at", "in"))
    return found


def titles(ctx: Context) -> None:
    t = ctx.tree
    for ent in list(ctx.table.entities.values()):
        if C.Person not in ent.classes:
            continue
        for m in ent.mentions:
            h = _head_in(ctx, m.start, m.end)
            # compound titles before the name: "CNES President Jean-Yves Le Gall"
            for c in t.children(h, "compound", "nmod", "amod"):
                if c.i < m.start:
                    kind = title_kind(ctx, c.i)
                    if kind:
                        for org in _org_near_title(ctx, c.i) or _left_orgs(ctx, h, m.start):
                            ctx.add(ent, kind, org, h, "dep:compound-title", 0.9)
            # appositions and their coordinations: "Hiroshi Yamakawa, President of JAXA"
            for c in t.children(h, "appos"):
                for a in t.conjuncts(c.i):
                    _apply_title(ctx, ent, a, "dep:apposition-title", 0.9)
            # the name is the apposition of a title: "the President of JAXA, Hiroshi Yamakawa"
            if t[h].dep == "appos" and t[h].head != h:
                _apply_title(ctx, ent, t[h].head, "dep:title-apposition", 0.85)
            # "who chairs the Executive Board of DLR", "who is Director of ... at ESA"
            for rc in t.children(h, "relcl"):
                _relative_title(ctx, _nearest_person(ctx, rc.i) or ent, rc.i)
            # a signature block: "Keiji Tachikawa President, JAXA"
            _title_after(ctx, ent, m.end)
            # "Prof. Vetrella of the Agenzia Spaziale Italiana"
            for p in t.children(h, "prep"):
                if p.text.lower() in ("of", "from", "at"):
                    for o in t.children(p.i, "pobj"):
                        org = ctx.ref(o.i)
                        if ctx.table.is_a(org, C.Organization) and not ctx.objects(ent, P.headOf):
                            ctx.add(ent, P.memberOf, org, h, "dep:person-of-org", 0.75)
            # copula: "X is the President of Y"
            if t[h].dep == "nsubj":
                v = t[h].head
                if t.lemma(v) == "be":
                    for a in t.children(v, "attr"):
                        _apply_title(ctx, ent, a.i, "dep:copula-title", 0.85)


def _nearest_person(ctx: Context, v: int) -> Entity | None:
    """The person named right before a relative clause ("Bolden and Worner, who chairs ...")."""
    who = min(ctx.tree.subtree(v))
    best, best_end = None, -1
    for ent in ctx.table.entities.values():
        if C.Person not in ent.classes:
            continue
        for m in ent.mentions:
            if m.end <= who and m.end > best_end and ctx.tree.sentence_index(m.start) == ctx.tree.sentence_index(who):
                best, best_end = ent, m.end
    return best


def _title_after(ctx: Context, person: Entity, end: int) -> None:
    t = ctx.tree
    if end + 2 >= len(t) or t.sentence_index(end) != t.sentence_index(end - 1):
        return
    j = end
    while j < len(t) and t[j].text[:1].isupper() and t.lemma(j) in HEAD_TITLES | MEMBER_TITLES | {"general"}:
        j += 1
    if j == end or j >= len(t) or t[j].text != ",":
        return
    org = ctx.table.at(j + 1)
    if ctx.table.is_a(org, C.Organization):
        kind = title_kind(ctx, j - 1) if t.lemma(j - 1) != "general" else P.headOf
        if kind:
            ctx.add(person, kind, org, end, "pattern:signature-block", 0.8)


def _left_orgs(ctx: Context, h: int, start: int) -> list[Entity]:
    out = []
    for c in ctx.tree.children(h, "compound", "nmod", "poss"):
        if c.i < start:
            e = ctx.ref(c.i)
            if ctx.table.is_a(e, C.Organization):
                out.append(e)
    return out


def _apply_title(ctx: Context, person: Entity, i: int, method: str, conf: float) -> None:
    kind = title_kind(ctx, i)
    if kind is None:
        return
    for org in _org_near_title(ctx, i):
        if kind == P.memberOf and ctx.has(person, P.headOf, org):
            continue
        ctx.add(person, kind, org, i, method, conf)


def _relative_title(ctx: Context, person: Entity, v: int) -> None:
    t = ctx.tree
    lemma = t.lemma(v)
    if lemma == "be":
        for a in t.children(v, "attr"):
            for x in t.conjuncts(a.i):
                _apply_title(ctx, person, x, "dep:relative-copula-title", 0.8)
        return
    if lemma in HEAD_VERBS or lemma in MEMBER_VERBS:
        kind = P.headOf if lemma in HEAD_VERBS else P.memberOf
        for o in t.children(v, "dobj"):
            orgs = [ctx.ref(o.i)] + _org_near_title(ctx, o.i)
            for org in orgs:
                if ctx.table.is_a(org, C.Organization):
                    ctx.add(person, kind, org, v, f"dep:relative-{lemma}", 0.8)
        for p in t.children(v, "prep"):
            if p.text.lower() in ("for", "at") and lemma in MEMBER_VERBS:
                for o in t.children(p.i, "pobj"):
                    org = ctx.ref(o.i)
                    if ctx.table.is_a(org, C.Organization):
                        ctx.add(person, P.memberOf, org, v, f"dep:relative-{lemma}", 0.75)


def _head_in(ctx: Context, start: int, end: int) -> int:
    for i in range(end - 1, start - 1, -1):
        h = ctx.tree[i].head
        if not (start <= h < end) or h == i:
            return i
    return end - 1


# --- nationality ---------------------------------------------------------------------

NATIONAL_CLASSES = (C.Organization, C.Person, C.Facility, C.Mission, C.Spacecraft, C.Event)


def _countries_in_word(ctx: Context, text: str) -> list[Entity]:
    """"French-German" → France, Germany; "Japanese" → Japan; "France-Japan" → none (bilateral)."""
    out, names = [], 0
    parts = text.replace("–", "-").split("-")
    for part in parts:
        entry = ctx.gaz.country_of_word(part.strip())
        if entry is not None:
            out.append(ctx.table.add_kb(entry))
            names += part.strip().lower() not in ctx.gaz.demonyms
    return [] if len(parts) > 1 and names > 1 else out


def nationality(ctx: Context) -> None:
    t = ctx.tree
    for tok in t.tokens:
        if tok.dep not in ("amod", "compound", "nmod", "npadvmod", "poss") or tok.head == tok.i:
            continue
        if tok.pos not in ("ADJ", "PROPN", "NOUN") or not tok.text[:1].isupper():
            continue
        own = ctx.table.at(tok.i)
        if own is not None and C.Country not in own.classes:
            continue  # a word inside another name ("Japan" in "Japan Aerospace ...")
        countries = _countries_in_word(ctx, tok.text)
        if not countries and own is not None and C.Country in own.classes:
            countries = [own]
        if not countries or _paired_country_names(ctx, tok.i):
            continue
        for target in _national_targets(ctx, tok.head):
            if not any(ctx.table.is_a(target, c) for c in NATIONAL_CLASSES):
                continue
            if ctx.table.is_a(target, C.Person) and tok.dep != "poss" and not _on_person_title(ctx, tok.head):
                continue
            for country in countries:
                ctx.add(target, P.country, country, tok.i, "dep:nationality-modifier", 0.85)
    # hyphenated pairs split by the tokenizer: "French - German MASCOT"
    for tok in t.tokens[1:-1]:
        if tok.text in ("-", "–") and t[tok.i - 1].text[:1].isupper() and not _paired_country_names(ctx, tok.i - 1):
            left = _countries_in_word(ctx, t[tok.i - 1].text)
            right = _countries_in_word(ctx, t[tok.i + 1].text)
            if left and right:
                for target in _national_targets(ctx, t[tok.i + 1].head):
                    if any(ctx.table.is_a(target, c) for c in NATIONAL_CLASSES[2:]):
                        for country in left + right:
                            ctx.add(target, P.country, country, tok.i, "dep:nationality-pair", 0.8)
    names_with_countries(ctx)


def _paired_country_names(ctx: Context, i: int) -> bool:
    """"France-Japan dialogue": two country *names* joined name a bilateral thing, not a nationality."""
    t = ctx.tree
    for a, b in ((i - 2, i), (i, i + 2)):
        if 0 <= a and b < len(t) and t[(a + b) // 2].text in ("-", "–", "/"):
            left, right = ctx.table.at(a), ctx.table.at(b)
            if left and right and C.Country in left.classes and C.Country in right.classes:
                return True
    return False


def _on_person_title(ctx: Context, i: int) -> bool:
    t = ctx.tree
    return title_kind(ctx, i) is not None and t[i].dep == "appos" and ctx.table.is_a(ctx.table.at(t[i].head), C.Person)


def _national_targets(ctx: Context, i: int) -> list[Entity]:
    """What a nationality word qualifies, distributed over coordinated names but not over whole phrases:
    "the Italian A and B satellites" gives A and B, "the Italian A and the French B" gives only A."""
    t = ctx.tree
    own_phrase = [j for j in t.conjuncts(i) if j == i or not any(
        c.dep in ("det", "amod", "poss") for c in t.children(j))]
    ents = [e for j in own_phrase for e in (ctx.refs(j) if j == i else [ctx.ref(j)] if ctx.ref(j) else [])]
    if ents:
        return list(dict.fromkeys(ents))
    # "the German space agency DLR": the noun is an apposition or compound of the name
    t = ctx.tree
    tok = t[i]
    if tok.dep in ("compound", "appos", "nmod") and tok.head != i:
        e = ctx.table.at(tok.head)
        if e is not None:
            return [e]
    if _on_person_title(ctx, i):
        return [ctx.table.at(tok.head)]
    for c in t.children(i, "appos"):
        e = ctx.table.at(c.i)
        if e is not None:
            return [e]
    return []


def names_with_countries(ctx: Context) -> None:
    """An organization or facility whose written name holds one country: "Japan Aerospace Exploration Agency"."""
    for ent in list(ctx.table.entities.values()):
        if not any(ctx.table.is_a(ent, c) for c in (C.Organization, C.Facility)):
            continue
        for m in ent.mentions:
            if m.source == "described":
                continue
            found = {}
            for i in range(m.start, m.end):
                if i > m.start and ctx.tree[i - 1].text.lower() not in ("of", "de", "du", "for"):
                    continue  # "Latin American ...": only a leading word or one after "of" says the nation
                for country in _countries_in_word(ctx, ctx.tree[i].text):
                    found[country.key] = country
            multi = [ctx.table.at(i) for i in range(m.start, m.end)]
            if len(found) == 1 and not (ent.kb and C.Country in ent.classes):
                country = next(iter(found.values()))
                if country.key != ent.key and all(x is None or x.key in (ent.key, country.key) for x in multi):
                    ctx.add(ent, P.country, country, m.start, "name:country-in-name", 0.8)


# --- possession, orbit, place ------------------------------------------------------


def possessives(ctx: Context) -> None:
    """"its Hayabusa2 mission", "NASA's DART", "Mars' two moons", "its science payload"."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.dep != "poss":
            continue
        owner = ctx.ref(tok.i)
        if owner is None:
            continue
        owned_head = tok.head
        for owned in ctx.refs(owned_head) or _described(ctx, owned_head):
            if ctx.table.is_a(owner, C.Organization) and any(
                ctx.table.is_a(owned, c) for c in (C.Mission, C.Spacecraft, C.Facility)
            ):
                ctx.add(owned, P.operatedBy, owner, tok.i, "dep:possessive-operator", 0.8)
            elif ctx.table.is_a(owner, C.Spacecraft) or ctx.table.is_a(owner, C.Mission):
                if ctx.table.is_a(owned, C.Instrument) or ctx.table.is_a(owned, C.Spacecraft):
                    ctx.add(owned, P.partOf, owner, tok.i, "dep:possessive-part", 0.75)
        if ctx.table.is_a(owner, C.CelestialBody) and t.lemma(owned_head) in ("moon", "satellite"):
            _orbit_of_moons(ctx, owned_head, owner)


def _orbit_of_moons(ctx: Context, moons: int, planet: Entity) -> None:
    """"Phobos, one of Mars' two moons": the apposition's subject orbits the planet."""
    t = ctx.tree
    i = moons
    for a in [moons, *(x.i for x in t.ancestors(moons))][:4]:
        tok = t[a]
        if tok.dep == "appos":
            body = ctx.ref(tok.head)
            if ctx.table.is_a(body, C.CelestialBody):
                ctx.add(body, P.orbits, planet, i, "dep:moon-of", 0.85)
            return


def noun_preps(ctx: Context) -> None:
    """Prepositions on nouns: "mission to Phobos", "moon of Mars", "X in Tokyo", "X of CNES"."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.dep != "prep" or t[tok.head].pos not in ("NOUN", "PROPN"):
            continue
        prep = tok.text.lower()
        heads = ctx.refs(tok.head) or _described(ctx, tok.head)
        for pobj in t.children(tok.i, "pobj"):
            objs = ctx.refs(pobj.i)
            for h in heads:
                for o in objs:
                    _noun_prep(ctx, h, prep, o, tok.i, t.lemma(tok.head))
        # "martian moon Phobos", "lunar samples"
    for tok in t.tokens:
        planet = PLANET_ADJECTIVES.get(tok.text.lower())
        if planet and tok.dep in ("amod", "compound"):
            entries = ctx.gaz.lookup(planet)
            if not entries:
                continue
            body = ctx.table.add_kb(entries[0])
            for e in ctx.refs(tok.head) or _described(ctx, tok.head):
                if ctx.table.is_a(e, C.Moon) and t.lemma(tok.head) == "moon":
                    ctx.add(e, P.orbits, body, tok.i, "dep:planet-adjective-moon", 0.8)
                elif ctx.table.is_a(e, C.Sample):
                    ctx.add(e, P.sampleFrom, body, tok.i, "dep:planet-adjective-sample", 0.75)


def _noun_prep(ctx: Context, h: Entity, prep: str, o: Entity, at: int, noun: str) -> None:
    isa = ctx.table.is_a
    if prep in ("to", "toward", "towards") and (isa(h, C.Mission) or isa(h, C.Spacecraft)) and isa(o, C.CelestialBody):
        ctx.add(h, P.target, o, at, "dep:mission-to", 0.85)
    elif prep == "of" and isa(h, C.Moon) and isa(o, C.Planet) and noun == "moon":
        ctx.add(h, P.orbits, o, at, "dep:moon-of", 0.8)
    elif prep == "from" and isa(h, C.Sample) and isa(o, C.CelestialBody):
        ctx.add(h, P.sampleFrom, o, at, "dep:sample-from", 0.85)
    elif prep == "of" and isa(h, C.Sample) and isa(o, C.CelestialBody):
        ctx.add(h, P.sampleFrom, o, at, "dep:sample-of", 0.8)
    elif prep in ("in", "at") and (isa(h, C.Facility) or isa(h, C.City)) and isa(o, C.Place) and not isa(h, C.Country):
        if not isa(o, C.Facility) or isa(h, C.City) is False:
            ctx.add(h, P.locatedIn, o, at, "dep:place-in-place", 0.8)
    elif prep in ("of",) and isa(h, C.Facility) and isa(o, C.Organization):
        ctx.add(h, P.operatedBy, o, at, "dep:facility-of-org", 0.75)
    elif prep in ("on", "aboard", "onboard") and (isa(h, C.Instrument) or isa(h, C.Spacecraft)) \
            and isa(o, C.Spacecraft):
        ctx.add(h, P.partOf, o, at, "dep:carried-on", 0.7)
    elif prep in ("of", "for") and (isa(h, C.Instrument)) and (isa(o, C.Spacecraft) or isa(o, C.Mission)):
        ctx.add(h, P.partOf, o, at, "dep:instrument-of", 0.7)


def names_with_places(ctx: Context) -> None:
    """"Seville, Spain": a place followed by its country; "NASA Headquarters": a facility named after its operator."""
    t = ctx.tree
    for ent in list(ctx.table.entities.values()):
        for m in ent.mentions:
            nxt = m.end
            placed = ctx.table.is_a(ent, C.City) or ctx.table.is_a(ent, C.Facility)
            if placed and nxt + 1 < len(t) and t[nxt].text == ",":
                other = ctx.table.at(nxt + 1)
                if other is not None and C.Country in other.classes and other.key != ent.key:
                    ctx.add(ent, P.locatedIn, other, nxt, "pattern:place-comma-country", 0.8)
            if ctx.table.is_a(ent, C.Facility) and m.end - m.start >= 2:
                inner = _inner_org(ctx, ent, m.start, m.end)
                if inner is not None:
                    ctx.add(ent, P.operatedBy, inner, m.start, "name:operator-in-name", 0.75)


def _inner_org(ctx: Context, ent: Entity, start: int, end: int) -> Entity | None:
    first_word = name_key(ctx.tree[start].text)
    for e in ctx.table.entities.values():
        if e.key == ent.key or not ctx.table.is_a(e, C.Organization):
            continue
        names = {name_key(n) for n in (e.label, *e.aliases)} | ({name_key(e.kb.label)} if e.kb else set())
        if e.kb:
            names |= {name_key(a) for a in e.kb.aliases}
        if first_word in names and len(first_word) >= 3:
            return e
    return None


def _described(ctx: Context, i: int) -> list[Entity]:
    key = ctx.described.get(i)
    return [ctx.table.entities[key]] if key else []

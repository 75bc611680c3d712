"""The rule registry: every extraction rule declares what triggers it, what it produces and how sure it is.

As spaCy's ``@Language.factory(assigns=..., requires=...)`` makes a pipeline
component say what it reads and writes, :func:`rule` makes an extraction rule
say it, and :func:`~presskg.extract.extract` runs the registry in its declared
order instead of a hand-wired list of calls:

- ``name`` is the ``pk:method`` the rule writes (a rule may add a suffix for a
  variant, ``frame:launch`` writes ``frame:launch-event`` too);
- ``triggers`` are word classes of :mod:`~presskg.extract.lexicon` (data): a
  *verb* rule runs on every clause whose verb is in one of them, a *document*
  rule names the classes its patterns read;
- ``produces`` are the ontology properties (and classes) it may write; the
  findings sink refuses anything else, so the declaration cannot drift;
- ``confidence`` is what its findings carry unless it says otherwise;
- ``stage`` and ``after`` give the order: stages run in order, rules of a
  stage in registration order, and a rule that reads another's findings names
  it in ``after`` (checked when the registry is read).

>>> r = REGISTRY["frame:launched-from"]
>>> r.scope, r.triggers, r.produces
('verb', ('LAUNCH_VERBS',), ('launchSite', 'locatedIn', 'participant', 'launchVehicle', 'Launch'))
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from ..errors import ExtractionError
from ..vocab import Class, Prop
from . import lexicon


class Stage(IntEnum):
    """The order in which a release is read: what is named, then what clauses say, then what follows."""

    MENTIONS = 1    # dates, titles, nationalities: what names and their neighbours say
    EVENT_NOUNS = 2  # event nouns that frame a clause
    VERBS = 3       # verb frames (subject, object, prepositions)
    PHRASES = 4     # possessives, noun prepositions, names with places
    DISCOURSE = 5   # what spans sentences: dated actions, captions, topics, event places
    INFERENCE = 6   # what a reader infers from what was read
    FINISH = 7      # dates attached, labels of described things


@dataclass(frozen=True)
class Rule:
    """One declared extraction rule."""

    name: str
    fn: Callable[..., Any]
    scope: str  # "document": fn(ctx); "verb": fn(ctx, frame, subjects)
    stage: Stage
    triggers: tuple[str, ...]
    produces: tuple[str, ...]
    confidence: float
    after: tuple[str, ...] = ()

    @property
    def doc(self) -> str:
        """The first line of the rule's docstring: what wording it reads."""
        return (self.fn.__doc__ or "").strip().splitlines()[0] if self.fn.__doc__ else ""

    def fires_on(self, lemma: str, particle: str | None) -> bool:
        """True when a clause with this verb triggers the rule (every clause when it names no class)."""
        return not self.triggers or any(lexicon.in_class(t, lemma, particle) for t in self.triggers)


#: Every rule by name, in registration order.
REGISTRY: dict[str, Rule] = {}

#: CPU seconds spent in each rule's own body (without the rules it runs, as ``frame:verbs`` runs
#: the verb rules), accumulated while :func:`timing` is on; ``None`` otherwise (no cost then).
TIMES: dict[str, float] | None = None


_INNER: list[float] = []  # with timing on: the CPU of the rules run inside each running rule


class Running:
    """``with ctx.running(rule):`` — ``rule`` is the context's running rule for the block (its
    declaration bounds what the block adds), the previous one after it; with :func:`timing` on,
    the block's CPU is added to the rule's. A plain class, not a generator: it is entered about
    four hundred times per release."""

    __slots__ = ("ctx", "rule", "outer", "t0")

    def __init__(self, ctx: Any, rule: Rule):
        self.ctx, self.rule, self.t0 = ctx, rule, None

    def __enter__(self) -> None:
        self.outer, self.ctx.rule = self.ctx.rule, self.rule
        if TIMES is not None:
            _INNER.append(0.0)
            self.t0 = time.process_time()

    def __exit__(self, *exc: object) -> None:
        self.ctx.rule = self.outer
        if self.t0 is not None:
            spent, inner = time.process_time() - self.t0, _INNER.pop()
            if TIMES is not None:
                TIMES[self.rule.name] = TIMES.get(self.rule.name, 0.0) + spent - inner
            if _INNER:
                _INNER[-1] += spent


def timing(on: bool = True) -> dict[str, float] | None:
    """Start (or stop, ``on=False``) timing each rule's body; returns the table being filled.

    For profiling (``benchmarks/cpu.py --profile``): the rules are many small functions, which
    a profile's cumulative times count several times over when they call each other."""
    global TIMES
    TIMES = {} if on else None
    _INNER.clear()
    return TIMES

_PRODUCIBLE = frozenset(Prop) | frozenset(Class)


def rule(name: str, *, stage: Stage, produces: tuple[str, ...], confidence: float,
         triggers: tuple[str, ...] = (), scope: str = "document",
         after: tuple[str, ...] = ()) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Declare an extraction rule (a decorator); see the module's docstring for the fields."""

    def register(fn: Callable[..., Any]) -> Callable[..., Any]:
        if name in REGISTRY:
            raise ExtractionError(f"rule {name!r} is registered twice ({fn.__module__}.{fn.__name__})")
        unknown = [t for t in triggers if t not in lexicon.WORD_CLASSES]
        if unknown:
            raise ExtractionError(f"rule {name!r}: no word class {unknown[0]!r} in the lexicon")
        strange = [p for p in produces if p not in _PRODUCIBLE]
        if strange:
            raise ExtractionError(f"rule {name!r} produces {strange[0]!r}, which the ontology does not define")
        REGISTRY[name] = Rule(name, fn, scope, stage, tuple(triggers), tuple(str(p) for p in produces),
                              confidence, tuple(after))
        return fn

    return register


def ordered() -> list[Rule]:
    """The rules in the order they run, after checking that each runs after the rules it reads
    (once per state of the registry: :func:`verb_dispatch` asks for them once per release).

    Raises:
        ExtractionError: a rule's ``after`` names a rule that is unknown or runs later.
    """
    state = tuple(REGISTRY.values())
    if _ORDERED[0] != state:
        _ORDERED[:] = [state, _ordered()]
    return list(_ORDERED[1])


_ORDERED: list[Any] = [None, None]  # the registry's rules, and their order (see ordered)


def _ordered() -> list[Rule]:
    rules = sorted(REGISTRY.values(), key=lambda r: r.stage)  # stable: registration order within a stage
    # where each rule really runs: a verb rule inside the verb rules' dispatcher (``frame:verbs``, at its place
    # among the document rules), whatever stage it declares, in the verb rules' order
    docs = [r.name for r in rules if r.scope != "verb"]
    dispatcher = docs.index(VERB_DISPATCHER) if VERB_DISPATCHER in docs else len(docs)
    verbs = [r.name for r in rules if r.scope == "verb"]
    runs = {name: (k, 0) for k, name in enumerate(docs)} | {name: (dispatcher, 1 + k) for k, name in enumerate(verbs)}
    for r in rules:
        for dep in r.after:
            if dep not in REGISTRY:
                raise ExtractionError(f"rule {r.name!r} runs after {dep!r}, which is not registered")
            if runs[dep] >= runs[r.name]:
                raise ExtractionError(f"rule {r.name!r} must run after {dep!r}, but {dep!r} runs later")
    return rules


#: The document rule that runs the verb rules on every clause (rules/verbs.py).
VERB_DISPATCHER = "frame:verbs"


def verb_rules() -> list[Rule]:
    """The rules run on every verb frame, in order."""
    return [r for r in ordered() if r.scope == "verb"]


#: The verb rules each verb triggers, by (lemma, particle): a release has hundreds of clauses, the
#: registry dozens of verb rules; made again when the rules or their word classes change.
_FIRING: dict[tuple[str, str | None], tuple[Rule, ...]] = {}
_FIRING_OF: list[Any] = [None]  # the verb rules and their word classes the memo was made for


def verb_dispatch() -> Callable[[str, str | None], tuple[Rule, ...]]:
    """``fire(lemma, particle)``: the verb rules a clause with this verb triggers, in the order they
    run (what :meth:`Rule.fires_on` says, remembered per verb). Ask for it once per release: it is
    checked then against the registry and the lexicon's word classes."""
    rules = tuple(verb_rules())
    made_for = (rules, tuple(id(lexicon.WORD_CLASSES.get(t)) for r in rules for t in r.triggers))
    if _FIRING_OF[0] != made_for:
        _FIRING.clear()
        _FIRING_OF[0] = made_for

    def fire(lemma: str, particle: str | None) -> tuple[Rule, ...]:
        hit = _FIRING.get((lemma, particle))
        if hit is None:
            hit = _FIRING[lemma, particle] = tuple(r for r in rules if r.fires_on(lemma, particle))
        return hit

    return fire


def document_rules() -> list[Rule]:
    """The rules run once over the whole release, in order."""
    return [r for r in ordered() if r.scope == "document"]


def table() -> list[dict[str, str]]:
    """The registry as rows (``presskg rules``): name, stage, scope, triggers, produces, confidence."""
    return [{"rule": r.name, "stage": r.stage.name.lower(), "scope": r.scope,
             "triggers": " ".join(r.triggers) or "-", "produces": " ".join(r.produces),
             "confidence": f"{r.confidence:.2f}", "after": " ".join(r.after) or "-"} for r in ordered()]

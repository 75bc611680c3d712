"""The extraction rules, one topic per module; importing this package registers them all.

The import order is the registration order, which orders the rules within a
stage (see :mod:`presskg.extract.registry`).
"""

from . import kinds, events, titles, relations, verbs  # noqa: F401, I001  (registration order)
from . import assemblies, sides  # noqa: F401, I001  (registration order: before frame:meet, which adds to their events)
from . import gatherings, actions  # noqa: F401, I001  (registration order)
from . import occurrences, posts, payloads, inferences, agreements, dating, when, signing_dates  # noqa: F401, I001  (registration order)
from . import launchers, topics, operators, parts, partners, purposes, talks, stakes, builders  # noqa: F401, I001  (registration order)
from . import happenings, aboard, members, destinations, providers, dateline  # noqa: F401, I001  (registration order)
from . import anaphora, parties, roles, seats, wholes, suppliers, aims  # noqa: F401, I001  (registration order)
from . import terms  # noqa: F401, I001  (registration order)
from . import awards  # noqa: F401, I001  (registration order)
from . import field_names  # noqa: F401, I001  (registration order)
from . import responsible  # noqa: F401, I001  (registration order)
from . import becomes  # noqa: F401, I001  (registration order)
from . import cooperation_topics  # noqa: F401, I001  (registration order)
from . import memberships  # noqa: F401, I001  (registration order)
from . import coalitions  # noqa: F401, I001  (registration order)
from . import launch_places  # noqa: F401, I001  (registration order)
from . import apposed_missions  # noqa: F401, I001  (registration order)
from . import selections  # noqa: F401, I001  (registration order)
from . import careers  # noqa: F401, I001  (registration order)
from . import presence  # noqa: F401, I001  (registration order)
from . import openings  # noqa: F401, I001  (registration order)
from . import ministries  # noqa: F401, I001  (registration order)
from . import performers  # noqa: F401, I001  (registration order)
from . import parts_in_view  # noqa: F401, I001  (registration order)
from . import companions  # noqa: F401, I001  (registration order)
from . import programmes  # noqa: F401, I001  (registration order)
from . import accords  # noqa: F401, I001  (registration order)
from . import bracket_countries  # noqa: F401, I001  (registration order)

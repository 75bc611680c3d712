"""One exception hierarchy for presskg.

Every error a user can cause derives from :class:`PresskgError`, so the CLI can
print it as one line (no traceback) and exit with a documented code. Each
subclass also derives from the matching builtin, so library callers can catch
``ValueError`` or ``FileNotFoundError`` as they would elsewhere.
"""

from __future__ import annotations


class PresskgError(Exception):
    """Base class of every error presskg raises on purpose.

    Messages say what went wrong, where, and what to do about it.
    """

    exit_code = 2


class InputError(PresskgError, ValueError):
    """A release file cannot be read or makes no sense (empty, binary, bad header)."""


class MissingInputError(InputError, FileNotFoundError):
    """A path given on the command line or to :func:`presskg.builder.build` does not exist."""


class OntologyError(PresskgError):
    """The ontology, the shapes or the knowledge base cannot be loaded."""


class ModelError(PresskgError):
    """No usable spaCy language model is installed."""


class ValidationError(PresskgError):
    """A built graph does not conform to the SHACL shapes of the contract."""

    exit_code = 1


class BuildError(PresskgError):
    """A build cannot proceed (output folder locked, nothing to build...)."""


class StoreError(PresskgError):
    """The Oxigraph store is missing, locked or cannot be opened."""


class QueryError(PresskgError, ValueError):
    """A SPARQL query is malformed, unknown, or its endpoint cannot be reached."""


# Spelled like the style guide's examples too, so both names work.
PressKGError = PresskgError


class ExtractionError(PresskgError):
    """The extraction rules are declared inconsistently (a developer's error, found when the registry is read)."""

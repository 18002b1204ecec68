"""Queries: what analysts ask, over any store's read primitives, so every store answers the same."""

from .errors import QueryError
from .refs import resolve_ref

__all__ = ["QueryError", "resolve_ref"]

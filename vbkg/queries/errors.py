"""The queries' base error."""

from __future__ import annotations


class QueryError(Exception):
    """A query could not be answered as asked; `candidates` lists what an ambiguous REF could mean."""

    def __init__(self, message: str, candidates: list[dict[str, object]] | None = None) -> None:
        super().__init__(message)
        self.candidates = candidates or []

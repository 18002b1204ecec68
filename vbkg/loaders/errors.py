"""The loaders' base error."""

from __future__ import annotations


class LoaderError(Exception):
    """A file could not be read as a document; the message names the file and the problem."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem

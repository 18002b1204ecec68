"""The loaders' base error."""

from __future__ import annotations


def _printable(text: str) -> str:
    """Lone surrogates (from undecodable file names or bad escapes) as backslash escapes."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


class LoaderError(Exception):
    """A file could not be read as a document; the message names the file and the problem."""

    def __init__(self, source: str, problem: str) -> None:
        source, problem = _printable(source), _printable(problem)
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem

    def __reduce__(self) -> tuple[type[LoaderError], tuple[str, str]]:
        """Pickled by its parts (the message alone cannot rebuild it): errors come back from --jobs workers."""
        return (type(self), (self.source, self.problem))

"""What the store already holds, indexed so unchanged input is recognised from its raw bytes."""

from __future__ import annotations

from collections.abc import Mapping


class KnownHashes:
    """The store's source -> content hash map, looked up by source or, for JSONL lines, by hash.

    A JSONL line's source (FILE.jsonl#ID) needs its JSON parsed to know the id; the hash of
    the line's bytes covers the id too, so a known hash under the same file names its source.
    """

    def __init__(self, known: Mapping[str, str]) -> None:
        self._by_source = known
        self._by_hash: dict[str, list[str]] | None = None

    def unchanged(self, source: str, content_hash: str) -> bool:
        return self._by_source.get(source) == content_hash

    def line_source(self, file_source: str, content_hash: str) -> str | None:
        """The known source FILE.jsonl#ID whose line had exactly these bytes, if any."""
        if self._by_hash is None:
            self._by_hash = {}
            for source, h in self._by_source.items():
                self._by_hash.setdefault(h, []).append(source)
        prefix = file_source + "#"
        for source in self._by_hash.get(content_hash, ()):
            if source.startswith(prefix):
                return source
        return None

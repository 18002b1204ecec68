"""Search as you type, scored as `vbkg search` does (vbkg.queries.search), so the box and the
command agree. The embedded store ranks by its indexes; for a store without them (Neo4j)
the documents' folded search text is kept here, computed once rather than per keystroke,
and rebuilt when the store's counts change (a load while the server runs).
"""

from __future__ import annotations

from typing import Any

from ..graph.schema import Label
from ..queries.search import haystack, search
from ..stores import NodeRow, Store


class SearchIndex:
    def __init__(self) -> None:
        self.version: tuple[int, int] | None = None
        self.entries: list[tuple[str, NodeRow]] = []

    def refreshed(self, store: Store) -> list[tuple[str, NodeRow]]:
        counts = store.counts()
        if counts != self.version:
            self.entries = [(haystack(n), n) for n in store.nodes(Label.DOCUMENT)]
            self.version = counts
        return self.entries

    def search(self, store: Store, text: str, limit: int = 20) -> list[dict[str, Any]]:
        return search(store, text, limit, scanned=lambda: self.refreshed(store))

"""Search as you type: the documents' folded search text computed once, not per keystroke.

Scores as `vbkg search` does (vbkg.queries.search), so the box and the command agree; the
index is rebuilt when the store's counts change (a load while the server runs).
"""

from __future__ import annotations

from typing import Any

from ..graph.schema import Label
from ..queries.search import haystack, query_tokens, ranked
from ..stores import NodeRow, Store


class SearchIndex:
    def __init__(self) -> None:
        self.version: tuple[int, int] | None = None
        self.entries: list[tuple[str, NodeRow]] = []

    def refresh(self, store: Store) -> None:
        counts = store.counts()
        if counts != self.version:
            self.entries = [(haystack(n), n) for n in store.nodes(Label.DOCUMENT)]
            self.version = counts

    def search(self, store: Store, text: str, limit: int = 20) -> list[dict[str, Any]]:
        self.refresh(store)
        query = query_tokens(text)
        return ranked(query, self.entries, limit) if query else []

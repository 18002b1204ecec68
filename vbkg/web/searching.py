"""Search as you type: the documents' folded search text computed once, not per keystroke.

Scores as `vbkg search` does (vbkg.queries.search), so the box and the command agree; the
index is rebuilt when the store's counts change (a load while the server runs).
"""

from __future__ import annotations

from typing import Any

from ..graph.schema import Label
from ..queries.docs import summary
from ..queries.search import _score, _tokens, haystack
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
        query = [t for t in _tokens(text) if t != "so"]
        if not query:
            return []
        hits = []
        for hay, n in self.entries:
            s = _score(query, hay, n.props.get("number"))
            if s:
                hits.append((s, n))
        hits.sort(key=lambda x: (-x[0], not x[1].props.get("loaded"), x[1].id))
        return [{**summary(n), "score": s} for s, n in hits[:limit]]

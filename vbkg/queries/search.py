"""Search by number, title or issuer, ignoring accents and case: "ket luan 01" finds 01-KL/TW."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from ..extraction.gazetteer import fold
from ..graph.schema import Label
from ..stores import NodeRow, Store
from ..stores.search_text import WORD, haystack
from .docs import summary
from .errors import QueryError

__all__ = ["MAX_WORDS", "haystack", "query_tokens", "ranked", "search"]

_TOKEN = WORD


def query_tokens(text: str) -> list[str]:
    """The words a query looks for: folded, without "số"."""
    return [t for t in _TOKEN.findall(fold(text).replace("so ", " ")) if t != "so"]


def _score(query: list[str], hay: str, number: str | None) -> int:
    hay_tokens = set(_TOKEN.findall(hay))
    score = 0
    for q in query:
        if q.isdigit():
            if number is not None and q.lstrip("0") == number.lstrip("0"):
                score += 3
            elif q in hay_tokens:
                score += 1
            else:
                return 0
        elif q in hay_tokens:
            score += 2
        elif len(q) > 2 and q in hay:
            score += 1
        else:
            return 0
    return score


def ranked(query: list[str], docs: Iterable[tuple[str, NodeRow]], limit: int) -> list[dict[str, Any]]:
    """The documents (with their search text) that hold every query word, best first: the
    same ranking for `vbkg search` and for the workbench's search as you type (the embedded
    store computes the same in SQL: SQLiteStore.search_ranked)."""
    hits = []
    for hay, n in docs:
        s = _score(query, hay, n.props.get("number"))
        if s:
            hits.append((s, n))
    hits.sort(key=lambda x: (-x[0], not x[1].props.get("loaded"), x[1].id))
    return [{**summary(n), "score": s} for s, n in hits[:limit]]


# Words a query may hold: every word must be found, so a longer "query" (a pasted page) finds
# nothing anyway, and each word is a condition of one SQL statement.
MAX_WORDS = 64


def search(
    store: Store,
    text: str,
    limit: int = 50,
    scanned: Callable[[], Iterable[tuple[str, NodeRow]]] | None = None,
) -> list[dict[str, Any]]:
    """The `limit` best documents for `text`; QueryError for a query of over MAX_WORDS words.

    Ranked by the store's indexes where it has them (only the documents shown are read),
    else by scanning every document with its search text: `scanned` gives them (the
    workbench keeps them in memory), by default read from the store."""
    query = query_tokens(text)
    if not query:
        return []
    if len(query) > MAX_WORDS:
        raise QueryError(f"a search takes at most {MAX_WORDS} words; this one has {len(query):,}")
    found = store.search_ranked(query, limit)
    if found is not None:
        return [{**summary(n), "score": score} for score, i in found if (n := store.node(i)) is not None]
    docs = scanned() if scanned else ((haystack(n), n) for n in store.nodes(Label.DOCUMENT))
    return ranked(query, docs, limit)

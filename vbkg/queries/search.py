"""Search by number, title or issuer, ignoring accents and case: "ket luan 01" finds 01-KL/TW."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from ..extraction.gazetteer import fold
from ..graph.schema import Label
from ..stores import NodeRow, Store
from ..stores.search_text import WORD, haystack
from .docs import summary

__all__ = ["haystack", "query_tokens", "ranked", "search"]

_TOKEN = WORD
T = TypeVar("T")
_SUBSTRING = 3  # a query word this long is in the text of every document it can find (the index's trigrams)


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


def _best(
    query: list[str], docs: Iterable[tuple[str, str, str | None, bool, T]], limit: int
) -> list[tuple[int, T]]:
    """The `limit` best of (id, search text, number, loaded, payload) holding every query word:
    highest score, then loaded documents, then by id."""
    hits = []
    for node_id, hay, number, loaded, payload in docs:
        s = _score(query, hay, number)
        if s:
            hits.append((-s, not loaded, node_id, payload))
    hits.sort(key=lambda x: x[:3])
    return [(-h[0], h[3]) for h in hits[:limit]]


def ranked(query: list[str], docs: Iterable[tuple[str, NodeRow]], limit: int) -> list[dict[str, Any]]:
    """The documents (with their search text) that hold every query word, best first: the
    same ranking for `vbkg search` and for the workbench's search as you type."""
    rows = ((n.id, hay, n.props.get("number"), bool(n.props.get("loaded")), n) for hay, n in docs)
    return [{**summary(n), "score": s} for s, n in _best(query, rows, limit)]


def search(store: Store, text: str, limit: int = 50) -> list[dict[str, Any]]:
    query = query_tokens(text)
    if not query:
        return []
    # Every hit's text holds each long word (as a word or inside one) and each long number
    # without its leading zeros (its own number, or a word): the store narrows to those.
    needles = [q.lstrip("0") if q.isdigit() else q for q in query]
    short = [q for q in query if len(q.lstrip("0") if q.isdigit() else q) < _SUBSTRING]
    needles = [q for q in needles if len(q) >= _SUBSTRING]
    found = store.search_texts(needles, short)
    if found is None:
        return ranked(query, ((haystack(n), n) for n in store.nodes(Label.DOCUMENT)), limit)
    # ranked on the index's texts; only the documents shown are read
    out = []
    for s, node_id in _best(query, ((i, hay, num, loaded, i) for i, hay, num, loaded in found), limit):
        n = store.node(node_id)
        if n is not None:
            out.append({**summary(n), "score": s})
    return out

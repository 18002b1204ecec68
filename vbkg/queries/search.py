"""Search by number, title or issuer, ignoring accents and case: "ket luan 01" finds 01-KL/TW."""

from __future__ import annotations

import re
from typing import Any

from ..extraction.codes import TYPE_WORDS
from ..extraction.gazetteer import fold
from ..graph.schema import Label
from ..stores import NodeRow, Store
from .docs import summary

_TOKEN = re.compile(r"[a-z0-9]+")
_WORDS_OF_CODE: dict[str, list[str]] = {}
for _words, _code in TYPE_WORDS.items():
    _WORDS_OF_CODE.setdefault(_code, []).append(_words)


def haystack(n: NodeRow) -> str:
    p = n.props
    words = " ".join(_WORDS_OF_CODE.get(str(p.get("type_code")), []))
    parts = [n.id, words, p.get("type_code"), p.get("symbol"), p.get("title"), p.get("issuer"), p.get("type")]
    return fold(" ".join(str(x) for x in parts if x))


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(fold(text).replace("so ", " "))


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


def search(store: Store, text: str, limit: int = 50) -> list[dict[str, Any]]:
    query = [t for t in _tokens(text) if t != "so"]
    if not query:
        return []
    hits = []
    for n in store.nodes(Label.DOCUMENT):
        s = _score(query, haystack(n), n.props.get("number"))
        if s:
            hits.append((s, n))
    hits.sort(key=lambda x: (-x[0], not x[1].props.get("loaded"), x[1].id))
    return [{**summary(n), "score": s} for s, n in hits[:limit]]

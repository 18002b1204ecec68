"""The text a document is found by: id, type words, symbol, title, issuer; accents off, lower case.

Here, not in queries, because the embedded store indexes it (FTS5) as it writes a node and
`vbkg search` scores the same text: one definition keeps both in step.
"""

from __future__ import annotations

import re

from ..extraction.codes import TYPE_WORDS
from ..extraction.gazetteer import fold
from .rows import NodeRow

_WORDS_OF_CODE: dict[str, list[str]] = {}
for _words, _code in TYPE_WORDS.items():
    _WORDS_OF_CODE.setdefault(_code, []).append(_words)


def haystack(n: NodeRow) -> str:
    p = n.props
    words = " ".join(_WORDS_OF_CODE.get(str(p.get("type_code")), []))
    parts = [n.id, words, p.get("type_code"), p.get("symbol"), p.get("title"), p.get("issuer"), p.get("type")]
    return fold(" ".join(str(x) for x in parts if x))


# A word of the search text, as `vbkg search` reads it (queries.search).
WORD = re.compile(r"[a-z0-9]+")


def search_words(hay: str) -> str:
    """The search text's words, space-separated: what the word index (FTS5, unicode61) holds,
    so its words are exactly the ones search scores (a letter fold leaves would split them)."""
    return " ".join(WORD.findall(hay))

"""Evidence shown as a window around the mention, not the first characters of the sentence.

A 'Căn cứ' preamble can run to a thousand characters before it names the cited law; the
mention's place is found from the cited document's symbol (or number), and the window keeps
that place, with the mention's own length (the edge stores its document offsets) marking
what to highlight.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..extraction.gazetteer import fold

WIDTH = 160
ELLIPSIS = "…"


@dataclass(frozen=True)
class Window:
    """`before` + `mention` + `after` is a cut of the sentence; `cut_left`/`cut_right` say where."""

    before: str
    mention: str
    after: str
    cut_left: bool
    cut_right: bool

    def text(self) -> str:
        return (
            (ELLIPSIS if self.cut_left else "")
            + self.before
            + self.mention
            + self.after
            + (ELLIPSIS if self.cut_right else "")
        )


def _anchor(sentence: str, target: Mapping[str, Any]) -> tuple[int, int] | None:
    """Where the sentence names the target: its symbol, else its number as a whole token.

    `fold` keeps one character per character of plain Vietnamese text, so offsets carry over;
    when it does not (a rare composed form), the search runs on the sentence as printed.
    """
    folded = fold(sentence)
    hay = folded if len(folded) == len(sentence) else sentence.lower()
    symbol = str(target.get("symbol") or "")
    if symbol:
        needle = fold(symbol) if hay is folded else symbol.lower()
        at = hay.find(needle)
        if at >= 0:
            return at, at + len(needle)
    number = str(target.get("number") or "")
    if number:
        m = re.search(rf"(?<![\d/.-]){re.escape(number)}(?![\d])", hay)
        if m:
            return m.start(), m.end()
    return None


def window(
    sentence: str, target: Mapping[str, Any] | None = None, length: int | None = None, width: int = WIDTH
) -> Window:
    """A window of about `width` characters of `sentence` around the mention of `target`.

    `length` is the mention's length in the document (end - start); the mention is taken to
    end at the symbol ('Nghị quyết số 43-NQ/TW'), so it is highlighted from its type word.
    """
    found = _anchor(sentence, target or {})
    if found is None:
        start = end = 0
    else:
        start, end = found
        if length and end - start <= length <= 200:
            start = max(0, end - length)
            while 0 < start < found[0] and not sentence[start - 1].isspace():
                start += 1  # a mention starts at a word
    if len(sentence) <= width:
        return Window(sentence[:start], sentence[start:end], sentence[end:], False, False)
    room = max(width - (end - start), 20)
    left = max(0, start - room // 3) if found else 0
    right = min(len(sentence), max(end, left) + (room - (start - left)))
    left = _word_edge(sentence, left, forward=True) if left else 0
    right = _word_edge(sentence, right, forward=False) if right < len(sentence) else right
    left, right = min(left, start), max(right, end)
    return Window(
        sentence[left:start].lstrip(),
        sentence[start:end],
        sentence[end:right].rstrip(),
        left > 0,
        right < len(sentence),
    )


def _word_edge(text: str, at: int, forward: bool) -> int:
    """Move a cut to the nearest space so no word is split (at most 15 characters away)."""
    step = 1 if forward else -1
    for i in range(16):
        j = at + step * i
        if 0 < j < len(text) and text[j] == " ":
            return j + 1 if forward else j
    return at


def window_text(sentence: str | None, target: Mapping[str, Any] | None = None, length: int | None = None,
                width: int = WIDTH) -> str:  # fmt: skip
    return window(sentence, target, length, width).text() if sentence else ""


def mention_length(ev: Mapping[str, Any]) -> int | None:
    start, end = ev.get("start"), ev.get("end")
    return end - start if isinstance(start, int) and isinstance(end, int) and end > start else None

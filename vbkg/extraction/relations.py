"""What each mention means: the relation cue that governs it, or a statement it completes.

A cue governs the rest of its sentence ("Thực hiện A; B; C" implements all three) until a
word that only cites ("gắn với", "quán triệt") or another cue. A cue right after a
mention's tail speaks about that mention, not about the document: "Kế hoạch số 44-KH/TU
... của Tỉnh ủy Lai Châu về thực hiện Kết luận số 01-KL/TW" is the statement
44-KH/TU IMPLEMENTS 01-KL/TW, and this document only cites 01-KL/TW there.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from . import patterns as P
from .layout import Layout
from .model import Mention, Relation

_MAX_GAP = 300
_LEAD_LIMIT = 40
_CLAUSE_PUNCT = re.compile(r"[.;:\n]")


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    kind: str  # IMPLEMENTS, BASED_ON, AMENDS, REPLACES or BREAK
    own: bool  # speaks for this document
    nested: bool  # speaks for the mention just before it
    rule: str


@dataclass(frozen=True)
class Reading:
    """How one mention was read: its relation to this document, and any statement it completes."""

    relation: Relation
    rule: str
    statement_of: int | None = None  # index of the mention the statement is about
    statement_relation: Relation | None = None
    statement_reversed: bool = False  # passive voice: this mention acts on the earlier one


def _at_clause_start(text: str, layout: Layout, pos: int) -> bool:
    sent_start, _ = layout.sentence_bounds(pos)
    lead_start = max(sent_start, pos - _LEAD_LIMIT)
    lead = text[lead_start:pos]
    cut = max((m.end() for m in _CLAUSE_PUNCT.finditer(lead)), default=0)
    if cut == 0 and lead_start > sent_start:
        return False
    return P.CLAUSE_LEAD.fullmatch(lead[cut:]) is not None


def _after_mention(text: str, layout: Layout, ends: list[int], mentions: list[Mention], pos: int) -> bool:
    """Is `pos` right after a mention's tail, in the same sentence (so a cue there belongs to it)?"""
    i = bisect.bisect_right(ends, pos) - 1
    if i < 0 or pos - ends[i] > _MAX_GAP or mentions[i].start < layout.sentence_bounds(pos)[0]:
        return False
    return P.TAIL_ONLY.match(text, mentions[i].end, pos) is not None


def _word_start(low: str, pos: int) -> bool:
    return pos == 0 or not low[pos - 1].isalnum()


def _matches_inside(spans: list[tuple[int, int]], lo: int, hi: int) -> bool:
    """Is one of the sorted, non-overlapping `spans` inside [lo, hi)?"""
    i = bisect.bisect_left(spans, (lo, lo))
    return i < len(spans) and spans[i][1] <= hi


def find_cues(text: str, low: str, layout: Layout, mentions: list[Mention]) -> list[Cue]:
    """Relation cues, found where KEYWORDS points and confirmed by the full cue pattern."""
    by_end = sorted(mentions, key=lambda m: m.end)
    ends = [m.end for m in by_end]
    cues: list[Cue] = []
    # "Quyết định này" before a cue, found once: searching back from every cue to its
    # sentence's start was quadratic in a long sentence of cues
    this_document: list[tuple[int, int]] | None = None
    covered = -1
    for k in P.KEYWORDS.finditer(low):
        pos = k.start()
        if pos < covered or not _word_start(low, pos):
            continue
        word = k.group(0)
        if word in ("thực hiện", "triển khai", "thi hành", "cụ thể hóa"):
            prefix = P.CUE_PREFIX.search(low, max(0, pos - 40), pos)
            start = prefix.start() if prefix and prefix.group(0) else pos
            m = P.IMPLEMENTS_CUE.match(low, start) or P.IMPLEMENTS_CUE.match(low, pos)
            if not m:
                continue
            covered = m.end()
            nested = _after_mention(text, layout, ends, by_end, m.start())
            in_title = layout.section_at(m.start()) == "title"
            after_plan = P.PLAN_BEFORE_CUE.search(low, max(0, m.start() - 30), m.start()) is not None
            own = not nested and (in_title or after_plan or _at_clause_start(text, layout, m.start()))
            cues.append(Cue(m.start(), m.end(), "IMPLEMENTS", own, nested, "implements_cue"))
        elif word == "căn cứ":
            m = P.BASED_ON_CUE.match(low, pos)
            if m:
                cues.append(Cue(m.start(), m.end(), "BASED_ON", True, False, "based_on_cue"))
        elif word in ("sửa đổi", "thay thế", "bãi bỏ"):
            pattern, kind = (P.AMENDS_CUE, "AMENDS") if word == "sửa đổi" else (P.REPLACES_CUE, "REPLACES")
            m = pattern.match(low, pos)
            if not m:
                continue
            sent_start, _ = layout.sentence_bounds(m.start())
            nested = _after_mention(text, layout, ends, by_end, m.start())
            if this_document is None:
                this_document = [d.span() for d in P.THIS_DOCUMENT.finditer(low)]
            own = not nested and (
                layout.section_at(m.start()) == "title"
                or _at_clause_start(text, layout, m.start())
                or _matches_inside(this_document, sent_start, m.start())
            )
            cues.append(Cue(m.start(), m.end(), kind, own, nested, f"{kind.lower()}_cue"))
        else:
            m = P.CITE_BREAK.match(low, max(0, pos - 12) if word in ("gọi tắt", "viết tắt") else pos)
            if m or word in ("gọi tắt", "viết tắt"):
                cues.append(Cue(pos, k.end(), "BREAK", True, False, "cite_break"))
    return cues


_STATEMENT_WORDS = ("thực hiện", "thi hành", "cụ thể hóa", "sửa đổi", "thay thế", "bãi bỏ")


def _statement(text: str, low: str, prev: Mention, cur: Mention) -> tuple[Relation, bool, str] | None:
    if cur.start - prev.end > _MAX_GAP:
        return None
    gap = low[prev.end : cur.start]
    if not any(w in gap for w in _STATEMENT_WORDS):
        return None
    for pattern, relation, reversed_, rule in (
        (P.NESTED_IMPLEMENTS, "IMPLEMENTS", False, "nested_implements"),
        (P.NESTED_AMENDS, "AMENDS", False, "nested_amends"),
        (P.NESTED_REPLACES, "REPLACES", False, "nested_replaces"),
        (P.PASSIVE_AMENDS, "AMENDS", True, "passive_amends"),
        (P.PASSIVE_REPLACES, "REPLACES", True, "passive_replaces"),
    ):
        if pattern.match(text, prev.end, cur.start):
            return relation, reversed_, rule  # type: ignore[return-value]
    return None


def _governing(
    semicolons: list[int], cues: list[Cue], starts: list[int], sent_start: int, pos: int
) -> tuple[Relation, str]:
    lo, hi = bisect.bisect_left(starts, sent_start), bisect.bisect_left(starts, pos)
    for j in range(hi - 1, lo - 1, -1):  # by index: a slice per mention copies the sentence's cues
        cue = cues[j]
        if cue.kind == "BREAK":
            return "CITES", "cite_break"
        if cue.kind == "IMPLEMENTS":
            if cue.own:
                return "IMPLEMENTS", cue.rule
            if cue.end == pos and not cue.nested:
                # an embedded verb: "đẩy mạnh tuyên truyền thực hiện Nghị quyết số 43-NQ/TW"
                return "CITES", "embedded_cue"
            continue  # a cue about another mention is transparent
        if bisect.bisect_left(semicolons, cue.end) < bisect.bisect_left(semicolons, pos):
            return "CITES", "default_cites"  # a ";" between the cue and the mention
        if cue.kind == "BASED_ON":
            return "BASED_ON", cue.rule
        if cue.own:
            return cue.kind, cue.rule  # type: ignore[return-value]
        return "CITES", "default_cites"
    return "CITES", "default_cites"


def read_mentions(text: str, low: str, layout: Layout, mentions: list[Mention]) -> list[Reading]:
    cues = find_cues(text, low, layout, mentions)
    starts = [c.start for c in cues]
    # found once: reading the text from a cue to each mention was quadratic in a long list
    semicolons = [m.start() for m in re.finditer(";", text)]
    readings: list[Reading] = []
    for i, cur in enumerate(mentions):
        sent_start, _ = layout.sentence_bounds(cur.start)
        if i and mentions[i - 1].end <= cur.start and mentions[i - 1].start >= sent_start:
            found = _statement(text, low, mentions[i - 1], cur)
            if found:
                relation, reversed_, rule = found
                readings.append(Reading("CITES", rule, i - 1, relation, reversed_))
                continue
        relation, rule = _governing(semicolons, cues, starts, sent_start, cur.start)
        readings.append(Reading(relation, rule))
    return readings

"""What each mention means: the relation cue that governs it, or a statement it completes.

A cue governs the rest of its sentence ("Thực hiện A; B; C" implements all three) until a
word that only cites ("gắn với", "quán triệt") or another cue. A cue right after a
mention's tail speaks about that mention, not about the document: "Kế hoạch số 44-KH/TU
... của Tỉnh ủy Lai Châu về thực hiện Kết luận số 01-KL/TW" is the statement
44-KH/TU IMPLEMENTS 01-KL/TW, and this document only cites 01-KL/TW there.
"""

from __future__ import annotations

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
    own: bool  # speaks for this document (not for a mention just before it)
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


def _after_mention(text: str, mentions: list[Mention], pos: int) -> bool:
    """Is `pos` right after a mention's tail (so a cue there belongs to that mention)?"""
    before = [m for m in mentions if m.end <= pos and pos - m.end <= _MAX_GAP]
    if not before:
        return False
    return P.TAIL_ONLY.match(text, before[-1].end, pos) is not None


def find_cues(text: str, layout: Layout, mentions: list[Mention]) -> list[Cue]:
    cues: list[Cue] = []
    for m in P.IMPLEMENTS_CUE.finditer(text):
        nested = _after_mention(text, mentions, m.start())
        in_title = layout.section_at(m.start()) == "title"
        after_plan = P.PLAN_BEFORE_CUE.search(text, max(0, m.start() - 30), m.start()) is not None
        own = not nested and (in_title or after_plan or _at_clause_start(text, layout, m.start()))
        cues.append(Cue(m.start(), m.end(), "IMPLEMENTS", own, "implements_cue"))
    for m in P.BASED_ON_CUE.finditer(text):
        cues.append(Cue(m.start(), m.end(), "BASED_ON", True, "based_on_cue"))
    for pattern, kind in ((P.AMENDS_CUE, "AMENDS"), (P.REPLACES_CUE, "REPLACES")):
        for m in pattern.finditer(text):
            sent_start, _ = layout.sentence_bounds(m.start())
            own = not _after_mention(text, mentions, m.start()) and (
                layout.section_at(m.start()) == "title"
                or _at_clause_start(text, layout, m.start())
                or P.THIS_DOCUMENT.search(text, sent_start, m.start()) is not None
            )
            cues.append(Cue(m.start(), m.end(), kind, own, f"{kind.lower()}_cue"))
    for m in P.CITE_BREAK.finditer(text):
        cues.append(Cue(m.start(), m.end(), "BREAK", True, "cite_break"))
    cues.sort(key=lambda c: c.start)
    return cues


def _statement(text: str, prev: Mention, cur: Mention) -> tuple[Relation, bool, str] | None:
    if cur.start - prev.end > _MAX_GAP:
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


def _governing(text: str, cues: list[Cue], sent_start: int, pos: int) -> tuple[Relation, str]:
    for cue in reversed([c for c in cues if sent_start <= c.start < pos]):
        if cue.kind == "BREAK":
            return "CITES", "cite_break"
        if cue.kind == "IMPLEMENTS":
            if cue.own:
                return "IMPLEMENTS", cue.rule
            continue  # a cue about another mention is transparent
        if ";" in text[cue.end : pos]:
            return "CITES", "default_cites"
        if cue.kind == "BASED_ON":
            return "BASED_ON", cue.rule
        if cue.own:
            return cue.kind, cue.rule  # type: ignore[return-value]
        return "CITES", "default_cites"
    return "CITES", "default_cites"


def read_mentions(text: str, layout: Layout, mentions: list[Mention]) -> list[Reading]:
    cues = find_cues(text, layout, mentions)
    readings: list[Reading] = []
    for i, cur in enumerate(mentions):
        sent_start, _ = layout.sentence_bounds(cur.start)
        if i and mentions[i - 1].end <= cur.start and mentions[i - 1].start >= sent_start:
            found = _statement(text, mentions[i - 1], cur)
            if found:
                relation, reversed_, rule = found
                readings.append(Reading("CITES", rule, i - 1, relation, reversed_))
                continue
        relation, rule = _governing(text, cues, sent_start, cur.start)
        readings.append(Reading(relation, rule))
    return readings

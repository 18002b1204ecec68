"""Who reports to whom, and who receives the document (Nơi nhận)."""

from __future__ import annotations

import bisect
import re

from . import patterns as P
from .layout import Layout, sentence_of
from .mentions import issuer_at
from .model import Evidence, Recipient, ReportsTo
from .orgs import Context, OrgName, find_orgs

_ROMAN_HEADING = re.compile(r"^[ \t*#]*[IVX]{1,4}\.\s", re.MULTILINE)
_MAX_TARGETS = 4
# How far back in its sentence a cue's actor is looked for: every cue reading its whole
# sentence was quadratic in a long sentence of cues.
_ACTOR_WINDOW = 400
_HEADING_REACH = 200  # ACTOR_HEADING's line: a number, spaces and at most 120 characters


class _Headings:
    """The body's actor and roman headings, found once, so each cue looks its last one up."""

    def __init__(self, text: str, start: int):
        self.start = start
        self.actors = list(P.ACTOR_HEADING.finditer(text, start))
        self.actor_ends = [h.end() for h in self.actors]
        self.romans = [h.span() for h in _ROMAN_HEADING.finditer(text, start)]

    def last_actor(self, text: str, pos: int) -> re.Match[str] | None:
        """The last actor heading before `pos`; on the line of `pos`, its part before `pos`."""
        # a heading's line is short: look for its start nearby, not back over a long line
        near = max(0, pos - _HEADING_REACH)
        line = text.rfind("\n", near, pos) + 1 or (0 if near == 0 else -1)
        if line >= self.start:
            cut = P.ACTOR_HEADING.match(text, line, pos)
            if cut:
                return cut
        i = bisect.bisect_right(self.actor_ends, pos)
        return self.actors[i - 1] if i else None

    def roman_between(self, lo: int, hi: int) -> bool:
        i = bisect.bisect_left(self.romans, (lo, lo))
        return i < len(self.romans) and self.romans[i][1] <= hi


def _targets(text: str, pos: int, ctx: Context) -> list[OrgName]:
    found: list[OrgName] = []
    while len(found) < _MAX_TARGETS:
        hit = issuer_at(text, pos, ctx)
        if hit is None:
            break
        found.append(hit[0])
        join = P.ORG_LIST_JOIN.match(text, hit[1])
        if not join:
            break
        pos = join.end()
    return found


def _actor(
    text: str, layout: Layout, ctx: Context, pos: int, targets: list[OrgName], headings: _Headings
) -> str | None:
    """Who reports: the heading the task sits under, else the body named before it in the sentence."""
    names = {t.name for t in targets}
    last = headings.last_actor(text, pos)
    if last and not headings.roman_between(last.end(), pos):
        for org, _ in find_orgs(last.group("actor"), ctx):
            return org.name
    sent_start, _ = layout.sentence_bounds(pos)
    start = max(sent_start, pos - _ACTOR_WINDOW)
    before = [org.name for org, _ in find_orgs(text[start:pos], ctx) if org.name not in names]
    if before:
        return before[-1]
    return ctx.issuer


def reporting_lines(text: str, low: str, layout: Layout, ctx: Context) -> tuple[ReportsTo, ...]:
    """Reporting lines; `low` is the lower-cased text, with the same offsets."""
    lines: list[ReportsTo] = []
    seen: set[tuple[str, str]] = set()
    headings: _Headings | None = None
    pos = low.find("báo cáo", layout.preamble_end)
    while pos >= 0:
        cue = P.REPORT_CUE.match(text, pos)
        pos = low.find("báo cáo", pos + 7)
        if cue is None:
            continue
        targets = _targets(text, cue.end(), ctx)
        if not targets:
            continue
        headings = headings or _Headings(text, layout.preamble_end)
        actor = _actor(text, layout, ctx, cue.start(), targets, headings)
        if actor is None:
            continue
        evidence = Evidence(cue.start(), cue.end(), sentence_of(text, layout, cue.start(), cue.end()),
                            layout.section_at(cue.start()), "report_cue")  # fmt: skip
        for target in targets:
            pair = (actor, target.name)
            if target.name != actor and pair not in seen:
                seen.add(pair)
                lines.append(ReportsTo(actor, target.name, evidence))
    return tuple(lines)


def recipients(text: str, ctx: Context) -> tuple[Recipient, ...]:
    head = P.RECIPIENTS_HEAD.search(text, max(0, len(text) - 4000))
    if not head:
        return ()
    found: list[Recipient] = []
    pos = head.end()
    for item in P.RECIPIENT_ITEM.finditer(text, pos):
        between = text[pos : item.start()]
        if between.strip():
            break
        pos = item.end()
        value = item.group("item").strip(" ;.,")
        if P.ARCHIVE_ITEM.match(value):
            continue
        names = tuple(dict.fromkeys(org.name for org, _ in find_orgs(value, ctx)))
        found.append(Recipient(value, names))
    return tuple(found)

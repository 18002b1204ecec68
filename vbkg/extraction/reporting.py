"""Who reports to whom, and who receives the document (Nơi nhận)."""

from __future__ import annotations

import re

from . import patterns as P
from .layout import Layout, sentence_of
from .mentions import issuer_at
from .model import Evidence, Recipient, ReportsTo
from .orgs import Context, OrgName, find_orgs

_ROMAN_HEADING = re.compile(r"^[ \t*#]*[IVX]{1,4}\.\s", re.MULTILINE)
_MAX_TARGETS = 4


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


def _actor(text: str, layout: Layout, ctx: Context, pos: int, targets: list[OrgName]) -> str | None:
    """Who reports: the heading the task sits under, else the body named before it in the sentence."""
    names = {t.name for t in targets}
    headings = [h for h in P.ACTOR_HEADING.finditer(text, layout.preamble_end, pos)]
    if headings:
        last = headings[-1]
        if not _ROMAN_HEADING.search(text, last.end(), pos):
            for org, _ in find_orgs(last.group("actor"), ctx):
                return org.name
    sent_start, _ = layout.sentence_bounds(pos)
    before = [org.name for org, _ in find_orgs(text[sent_start:pos], ctx) if org.name not in names]
    if before:
        return before[-1]
    return ctx.issuer


def reporting_lines(text: str, low: str, layout: Layout, ctx: Context) -> tuple[ReportsTo, ...]:
    """Reporting lines; `low` is the lower-cased text, with the same offsets."""
    lines: list[ReportsTo] = []
    seen: set[tuple[str, str]] = set()
    pos = low.find("báo cáo", layout.preamble_end)
    while pos >= 0:
        cue = P.REPORT_CUE.match(text, pos)
        pos = low.find("báo cáo", pos + 7)
        if cue is None:
            continue
        targets = _targets(text, cue.end(), ctx)
        if not targets:
            continue
        actor = _actor(text, layout, ctx, cue.start(), targets)
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

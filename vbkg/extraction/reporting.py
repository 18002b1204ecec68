"""Who reports to whom, as the text states it; and who receives the document (Nơi nhận).

A reporting line needs a cue ("báo cáo (kết quả) về/với X") and a reporter the text names:
the body told to report ("đề nghị Ban chấp hành công đoàn cơ sở … báo cáo kết quả về LĐLĐ
quận"), the subject of the clause, or the heading the task sits under. The issuer itself
reports only to a body above it (its parent or the Party committee of its level); when the
issuer is the one reported to, the reporter is its grassroots units. A line that would run
down the organizational tree is no reporting line.
"""

from __future__ import annotations

import bisect
import re

from . import bodies as bd
from . import patterns as P
from .layout import Layout, sentence_of
from .mentions import issuer_at
from .model import Evidence, Recipient, ReportsTo
from .orgs import Context, OrgName, as_body, find_orgs

_MAX_TARGETS = 4
_CLAUSE_WINDOW = 400
_BARE_TASK_WORDS = 6
_ITEM_LINES = 30  # lines looked back over for the numbered item a bullet task continues
_HEADING_MAX = 100  # a heading that names who acts is short; a longer numbered line is a task
_HEADING_REACH = 1000  # how far back a heading line that a cue cuts short may start


class _Headings:
    """The ACTOR_HEADING and ROMAN_HEADING lines after the preamble, found once per document:
    looking for them again before every report cue would be quadratic."""

    def __init__(self, text: str, start: int):
        self.text, self.start = text, start
        self.actors = list(P.ACTOR_HEADING.finditer(text, start))
        self.actor_ends = [m.end() for m in self.actors]
        romans = list(P.ROMAN_HEADING.finditer(text, start))
        self.roman_starts = [m.start() for m in romans]
        self.roman_ends = [m.end() for m in romans]

    def last_actor(self, pos: int) -> re.Match[str] | None:
        """The last match of ACTOR_HEADING.finditer(text, start, pos): a whole heading line, or
        the line `pos` cuts short (its `$` then matches at `pos`)."""
        i = bisect.bisect_right(self.actor_ends, pos)
        last = self.actors[i - 1] if i else None
        lo = max(self.start, last.end() if last else self.start, pos - _HEADING_REACH)
        return P.ACTOR_HEADING.search(self.text, lo, pos) or last

    def roman_between(self, start: int, pos: int) -> bool:
        """ROMAN_HEADING.search(text, start, pos) is not None (the matches never overlap)."""
        i = bisect.bisect_left(self.roman_starts, start)
        return i < len(self.roman_starts) and self.roman_ends[i] <= pos


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


def _told(text: str, start: int, pos: int, ctx: Context, names: set[str]) -> str | None:
    """The body the clause before the cue tells to act, or the body that is its subject."""
    told: str | None = None
    subject: str | None = None
    for org, m in find_orgs(text[start:pos], ctx):
        if org.name in names or org.kind == bd.OFFICE:
            continue
        before = text[start : start + m.start()]
        if P.REPORTER_TOLD.search(before):
            told = org.name
        elif subject is None and P.CLAUSE_SUBJECT_LEAD.fullmatch(before):
            subject = org.name
    return told or subject


def _heading_actor(headings: _Headings, ctx: Context, pos: int) -> str | None:
    """The body a short task heading opens with: "2. Liên đoàn Lao động các huyện, thành phố:"."""
    heading = headings.last_actor(pos)
    if heading is None or headings.roman_between(heading.end(), pos):
        return None
    actor = heading.group("actor")
    for org, m in find_orgs(actor, ctx):
        if (
            len(actor) <= _HEADING_MAX
            and org.kind != bd.OFFICE
            and P.CLAUSE_SUBJECT_LEAD.fullmatch(actor[: m.start()])
        ):
            return org.name
        break
    return None


def _item_actor(text: str, ctx: Context, pos: int) -> str | None:
    """The body that opens the numbered item a bullet task continues: "(1) Bộ Y tế chỉ đạo …\n-
    Chỉ đạo …\n- Chủ trì …; khẩn trương báo cáo Chính phủ" (Bộ Y tế reports)."""
    line_start = text.rfind("\n", 0, pos) + 1
    if not P.BULLET_LINE.match(text, line_start):
        return None
    for _ in range(_ITEM_LINES):
        if line_start <= 0:
            return None
        prev = text.rfind("\n", 0, line_start - 1) + 1
        line, line_start = text[prev : line_start - 1], prev
        if not line.strip() or P.BULLET_LINE.match(line):
            continue
        item = P.NUMBERED_ITEM.match(line)
        if item is None:
            return None
        for org, m in find_orgs(line[item.end() :], ctx):
            if org.kind != bd.OFFICE and m.start() == 0:
                return org.name
            break
        return None
    return None


def _gatherer(text: str, start: int, pos: int, ctx: Context, names: set[str]) -> str | None:
    """Who gathers before reporting: the last body named before "(để) tổng hợp, báo cáo"."""
    found = [org.name for org, m in find_orgs(text[start:pos], ctx)
             if org.name not in names and org.kind != bd.OFFICE and P.SENT_TO_BEFORE.search(text, start, start + m.start())]  # fmt: skip
    return found[-1] if found else None


def _issuer_side(issuer: str | None, target: str) -> str | None:
    """With no reporter named: the issuer, to a body above it; its grassroots, to itself."""
    me = as_body(issuer)
    if issuer is None or me is None or me.kind == bd.OFFICE:
        return None
    if target in bd.superiors(issuer):
        return issuer
    if target == issuer and me.kind == bd.UNION and me.level in (bd.PROVINCE, bd.DISTRICT):
        return f"Công đoàn cơ sở thuộc {issuer}"
    return None


def _reporter(text: str, low: str, layout: Layout, ctx: Context, pos: int, target: str,
              names: set[str], headings: _Headings) -> tuple[str | None, str]:  # fmt: skip
    """The reporter and how it was found (told, gatherer, heading, issuer)."""
    sent_start, _ = layout.sentence_bounds(pos)
    window = max(sent_start, pos - _CLAUSE_WINDOW)
    if P.PURPOSE_BEFORE_REPORT.search(low, window, pos):
        return None, "purpose"
    gathering = P.GATHER_BEFORE_REPORT.search(low, window, pos) is not None
    if gathering and (gatherer := _gatherer(text, window, pos, ctx, names)):
        return gatherer, "gatherer"
    breaks = [b.end() for b in P.CLAUSE_BREAK.finditer(text, window, pos)]
    start = breaks[-1] if breaks else window
    if told := _told(text, start, pos, ctx, names):
        return told, "told"
    if heading := _heading_actor(headings, ctx, pos):
        return heading, "heading"
    if item := _item_actor(text, ctx, pos):
        return item, "item"
    # the issuer only when the clause is the bare task: "- Gửi báo cáo Quận ủy …"; a longer one
    # has a subject of its own the organizations do not name ("Hội đồng Thi đua … báo cáo …").
    # A notice (of conclusions) hands tasks out: its issuer (the Government Office) is never
    # the one who reports.
    notice = (layout.heading_words or "").startswith("THÔNG BÁO")
    if not gathering and not notice and len(text[start:pos].split()) <= _BARE_TASK_WORDS:
        return _issuer_side(ctx.issuer, target), "issuer"
    return None, "unknown"


def _stated(reporter: str, target: str) -> bool:
    """A line runs up or across the tree, never from a body to one below it."""
    return reporter != target and reporter not in bd.ancestors(target)


def reporting_lines(text: str, low: str, layout: Layout, ctx: Context) -> tuple[ReportsTo, ...]:
    """Reporting lines; `low` is the lower-cased text, with the same offsets."""
    lines: list[ReportsTo] = []
    seen: set[tuple[str, str]] = set()
    headings = _Headings(text, layout.preamble_end)
    pos = low.find("báo cáo", layout.preamble_end)
    while pos >= 0:
        cue = P.REPORT_CUE.match(text, pos)
        noun = P.REPORT_NOUN_BEFORE.search(low, max(0, pos - 20), pos)
        pos = low.find("báo cáo", pos + 7)
        if cue is None or noun is not None:
            continue
        targets = _targets(text, cue.end(), ctx)
        names = {t.name for t in targets}
        sentence = sentence_of(text, layout, cue.start(), cue.end())
        for target in targets:
            reporter, how = _reporter(text, low, layout, ctx, cue.start(), target.name, names, headings)
            if reporter is None or not _stated(reporter, target.name):
                continue
            pair = (reporter, target.name)
            if pair not in seen:
                seen.add(pair)
                # the rule says how the reporter was found: report_cue_told, _heading, …
                evidence = Evidence(cue.start(), cue.end(), sentence, layout.section_at(cue.start()),
                                    f"report_cue_{how}")  # fmt: skip
                lines.append(ReportsTo(reporter, target.name, evidence))
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

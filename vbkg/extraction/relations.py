"""What each mention means to this document: the scope of the cue that governs it.

A cue of the document's own ("Căn cứ", "Thực hiện" in the title or opening paragraph,
"thay thế", "bãi bỏ", "sửa đổi, bổ sung", "... hết hiệu lực kể từ ngày Quyết định này có
hiệu lực") governs a scope: the rest of its clause and the list that continues it across
";" and line breaks, until a clause opens with another cue ("Theo đề nghị", "Xét", "Căn
cứ") or the sentence ends. Inside a Căn cứ scope every mention is BASED_ON, even one named
only in the description of another item; inside the other scopes a mention that a statement
ties to the item before it ("Thực hiện Kế hoạch A ... về thực hiện Nghị quyết B": B) is
only cited. Statements themselves are found in statements.py.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from . import patterns as P
from .layout import Layout
from .model import Mention, Relation
from .statements import Link, find_links

_LEAD_LIMIT = 40
_MAX_SCOPE = 4000
# A list of acts runs on for as long as its items do: "Bãi bỏ các văn bản …, cụ thể như sau:\n
# 1. Quyết định số 76/2006/QĐ-UBND …\n…\n60. Quyết định số 31/2007/QĐ-UBND …" (7,000 characters).
_MAX_LIST_SCOPE = 40000
_LIST_REACH = 1500  # how far back a list of repealed acts may start
_WRAP_WIDTH = 60  # a line this long that ends in no mark was wrapped by a scanner or a printer
_EXPIRY_STEPS = 4  # ";" or wrapped lines stepped back over to the act that expires
_INTRO_REACH = 80  # a list's intro ends at its colon: "bãi bỏ các nghị quyết liên tịch sau:"
_ITEM_GAP = 600  # the longest description between an act and one it names
_NESTING = 8  # scopes (or citing words) looked back over: a scope holds few others
_HEADING_LINES = 100  # lines looked back over for the heading a task sits under
_IMPLEMENT_WORDS = ("thực hiện", "triển khai", "thi hành", "cụ thể hóa")


@dataclass(frozen=True)
class Scope:
    start: int  # the cue
    obj: int  # where what it governs begins
    end: int
    kind: Relation  # IMPLEMENTS, BASED_ON, AMENDS or REPLACES
    rule: str


@dataclass(frozen=True)
class Reading:
    """How one mention was read: its relation to this document and the rule that decided it."""

    relation: Relation
    rule: str


def _wrapped(text: str, cut: int, pos: int) -> bool:
    """Does the line holding `pos` go on from the line before: a hard (OCR) wrap, not a new clause?

    "... quy định chi tiết\nthi hành Luật ..." goes on in lower case after an unpunctuated line;
    "Căn cứ A;\nthực hiện B" and "- Thực hiện B" (a bullet) start clauses."""
    if cut == 0 or text[cut - 1] != "\n" or not text[pos : pos + 1].islower() or text[cut:pos].strip():
        return False
    before = text[max(0, cut - 80) : cut]
    prev = before.rstrip()
    return bool(prev) and prev[-1] not in ".;:!?" and before.count("\n", len(prev)) == 1


def _clause_start(low: str, layout: Layout, pos: int, text: str | None = None) -> int | None:
    """Where the clause holding `pos` starts, if only bullets and numbering stand before `pos`."""
    sent_start, _ = layout.sentence_bounds(pos)
    lead_start = max(sent_start, pos - _LEAD_LIMIT)
    cut = max((m.end() for m in P.CLAUSE_PUNCT.finditer(low, lead_start, pos)), default=lead_start)
    if cut == lead_start and lead_start > sent_start:
        return None
    if text is not None and _wrapped(text, cut, pos):
        return None
    return cut if P.LINE_LEAD.fullmatch(low, cut, pos) else None


def _stops(low: str, pos: int) -> bool:
    """Does a clause starting at `pos` open with another cue or a new part?"""
    lead = P.LINE_LEAD.match(low, pos)
    return P.SCOPE_STOP.match(low, lead.end() if lead else pos) is not None


def _sentence_end(text: str, i: int) -> bool:
    """Is the full stop at `i` the end of a sentence (not "1.265.000", "TP. Hà Nội", "đơn. gián")?"""
    nxt = i + 1
    if nxt < len(text) and text[nxt].isdigit():
        return False
    if P.ABBREVIATION_BEFORE_STOP.search(text, max(0, i - 6), i):
        return False
    while nxt < len(text) and text[nxt] in " \t":
        nxt += 1
    return nxt >= len(text) or text[nxt] == "\n" or not text[nxt].islower()


def _scope_end(text: str, low: str, layout: Layout, obj: int, kind: Relation, long_list: bool = True) -> int:
    """Where a cue's scope ends: the sentence end, a clause opening with another cue, a new part.
    A list of acts may run past _MAX_SCOPE only where `long_list` allows it."""
    limit = min(len(text), obj + _MAX_SCOPE)
    reach = min(len(text), obj + _MAX_LIST_SCOPE) if long_list else limit
    if layout.section_at(obj) == "title":
        limit = reach = min(limit, layout.title_end)
    list_mode = False
    numbered_acts = False  # may "1." be an item's number (a list of acts), not a sentence end?
    for b in P.SCOPE_BOUNDARY.finditer(text, obj, reach):
        ch, i = b.group(), b.start()
        if i >= limit and not list_mode:
            return limit
        if ch == ",":
            if kind == "BASED_ON" and P.BASIS_ENDS.match(text, i + 1):
                return i
            if kind == "IMPLEMENTS" and (
                P.MAIN_CLAUSE_SUBJECT.match(text, i + 1) or P.NOUN_CLAUSE_SUBJECT.match(text, i + 1)
            ):
                return i
        elif ch == ".":
            nl = text.find("\n", i, i + 4)
            if list_mode and nl >= 0 and P.LIST_ITEM.match(text, nl + 1):
                continue  # "thay thế:\n- Điều 2 ... thị trấn.\n- Quyết định số 2027 ..."
            line_start = text.rfind("\n", 0, i) + 1
            if (
                numbered_acts
                and P.LIST_ITEM.fullmatch(text, line_start, i + 1)
                and P.ACT_ITEM.match(text, line_start)
            ):
                continue  # the dot of an item's number: "thay thế các Quyết định sau:\n1. Quyết định số 47 …"
            if _sentence_end(text, i):
                return i
        elif ch == ":":
            rest = text[i + 1 : i + 4].lstrip(" \t")
            if rest.startswith("\n") or not rest:
                intro = P.LIST_INTRO.search(low, max(obj - 40, i - _INTRO_REACH, 0), i)
                if intro is None:
                    return i
                list_mode = True
                # "Bãi bỏ ..., cụ thể như sau:\n1. Quyết định ..." lists acts; "... được sửa
                # đổi như sau:\n1. ..." opens the amended text, where no act is the amended one
                numbered_acts = kind != "AMENDS" or not intro.group().startswith("như")
        elif ch == ";":
            if _stops(low, i + 1):
                return i
        else:  # a line break
            prev = text[max(0, i - 3) : i].rstrip()
            line = i + 1
            blank = False
            end = reach if list_mode else limit
            while line < end and text[line] in " \t\n":
                blank = blank or text[line] == "\n"
                line += 1
            if line >= end:
                return i
            if blank and (not prev or prev[-1] in ".:;"):
                return i  # a blank line ends the clause, unless a sentence runs over it (OCR pages)
            # a hard-wrapped line goes on in lower case ("... của Chính Phủ\nvề đăng ký ...")
            wrapped = (
                bool(prev)
                and prev[-1] not in ".:;,"
                and (
                    text[line].islower()
                    or P.DANGLING_END.search(low, max(0, i - 8), i) is not None
                    or (
                        i - text.rfind("\n", 0, i) > _WRAP_WIDTH
                        and P.WRAPPED_BODY.match(low, line) is not None
                    )
                )
            )
            if (_stops(low, line) and not wrapped) or (list_mode and not P.LIST_ITEM.match(text, line)):
                return i
    return reach if list_mode else limit


def _opening_end(low: str, layout: Layout) -> int:
    """End of the opening paragraphs: from the first cue line to the main clause ("... như sau:")."""
    pos, end = layout.title_end, layout.preamble_end
    seen_cue = False
    while pos < end:
        nl = low.find("\n", pos, end)
        nl = end if nl < 0 else nl
        line = low[pos:nl].rstrip(" \t*")
        if not seen_cue:
            lead = P.LINE_LEAD.match(low, pos)
            seen_cue = bool(line) and P.OPENING_CUE.match(low, lead.end() if lead else pos) is not None
        elif line.endswith(":"):
            return nl
        pos = nl + 1
    return end


class _Finder:
    """Finds the document's own cues and their scopes in one pass over KEYWORDS."""

    def __init__(self, text: str, low: str, layout: Layout, mentions: list[Mention], links: list[Link]):
        self.text, self.low, self.layout, self.mentions = text, low, layout, mentions
        self.starts = [m.start for m in mentions]
        self.statement_cues = sorted((x.cue_start, x.cue_end) for x in links)
        self.opening_end = _opening_end(low, layout)
        # a "title" that opens with "Căn cứ" or "Thực hiện" is the preamble's first clause
        lead = P.LINE_LEAD.match(low, layout.title_start)
        self.title_is_clause = (
            P.OPENING_CUE.match(low, lead.end() if lead else layout.title_start) is not None
        )
        self.scopes: list[Scope] = []
        self.breaks: list[tuple[int, int]] = []
        self.embedded: set[int] = set()  # mentions that are the object of an embedded verb
        self.positions: dict[str, list[int]] = {}  # where each break character stands
        self.long_list_end = 0  # where the last scope that ran past _MAX_SCOPE ends
        # "Quyết định này", found once: searching back from every cue would be quadratic
        self.this_document = list(P.THIS_DOCUMENT.finditer(low))
        self.this_document_ends = [m.end() for m in self.this_document]

    def _section(self, pos: int) -> str:
        section = self.layout.section_at(pos)
        return "preamble" if section == "title" and self.title_is_clause else section

    def _names_itself(self, start: int, pos: int) -> bool:
        """Does "<type> này" stand between `start` and the cue at `pos` (its own sentence)?

        The same as THIS_DOCUMENT.search(low, start, pos): the char before a cue is no letter,
        so no match is cut at `pos`; only a shorter match inside one that began before `start`
        (the same "này") is not among the found ones, and is searched for in that span."""
        i = bisect.bisect_right(self.this_document_ends, pos) - 1
        if i < 0:
            return False
        last = self.this_document[i]
        if last.start() >= start:
            return True
        return last.end() > start and P.THIS_DOCUMENT.search(self.low, start, last.end()) is not None

    def _about_other(self, pos: int) -> bool:
        """Is the cue at `pos` part of a statement about another mention?"""
        i = bisect.bisect_right(self.statement_cues, (pos, len(self.text))) - 1
        return i >= 0 and self.statement_cues[i][0] <= pos < self.statement_cues[i][1]

    def _scope(self, start: int, obj: int, kind: Relation, rule: str) -> None:
        # Only a cue past the end of the last long list may open another: cues inside one
        # ("- Bãi bỏ …" items) would each read it again, quadratic in a hostile text.
        end = _scope_end(self.text, self.low, self.layout, obj, kind, obj >= self.long_list_end)
        if end > obj + _MAX_SCOPE:
            self.long_list_end = end
        self.scopes.append(Scope(start, obj, end, kind, rule))

    def implements(self, pos: int) -> int:
        low, layout = self.low, self.layout
        prefix = P.CUE_PREFIX.search(low, max(0, pos - 40), pos)
        start = prefix.start() if prefix and prefix.group(0) else pos
        m = P.IMPLEMENTS_VERB.match(low, start) or P.IMPLEMENTS_VERB.match(low, pos)
        if m is None:
            return pos
        j = bisect.bisect_left(self.starts, m.end())
        direct = (
            j < len(self.mentions)
            and P.OBJECT_GAP.fullmatch(low, m.end(), self.mentions[j].start) is not None
        )
        cue = None if direct else P.IMPLEMENTS_CUE.match(low, m.start())
        # a type word in lower case with no act after it is a common noun: "thực hiện báo cáo về
        # tình hình ...", "Triển khai hướng dẫn cụ thể cho các bộ" (not a Báo cáo, a Hướng dẫn)
        if not (direct or (cue and not self.text[cue.end() : cue.end() + 1].islower())):
            return pos
        if self._about_other(m.start()):
            return m.end()
        section = self._section(m.start())
        at_start = _clause_start(low, layout, m.start(), self.text) is not None
        nl = self.text.rfind("\n", 0, m.start())
        if section == "preamble" and nl > 0 and self._section(nl - 1) == "title" and self._continues(nl + 1):
            section = "title"  # "V/v giới thiệu một số điểm mới và\ntriển khai thực hiện Thông tư số ..."
        plan = (
            section in ("title", "preamble")
            and P.PLAN_BEFORE_CUE.search(low, max(0, m.start() - 40), m.start())
            # "(1) Ban hành kế hoạch thực hiện Công điện …": a numbered task for someone else
            and not P.NUMBERED_ITEM.match(self.text, self.text.rfind("\n", 0, m.start()) + 1)
        )
        own = (
            section == "title"
            or bool(plan)
            or (section == "preamble" and at_start and m.start() < self.opening_end)
            # a task of the body carries its plan's own line only as "Tiếp tục / Triển khai
            # thực hiện X" (seeds); a bare "Thực hiện X, ..." there only cites X
            or (section == "body" and at_start and self._own_task(m))
        )
        if own and section != "title" and (self._addressed(m.start()) or self._conditional(m.start())):
            own = False
        if own and P.NOMINAL_BEFORE_CUE.search(low, max(0, start - 20), start):
            own = False  # "… khó khăn trong việc triển khai Nghị định …": a topic
        if own:
            self._scope(m.start(), m.end(), "IMPLEMENTS", "implements_cue")
        elif direct:  # "... về Kế hoạch hành động triển khai thực hiện Kế hoạch số 02-KH/BCĐTW"
            self.embedded.add(j)
        return m.end()

    def _addressed(self, pos: int) -> bool:
        """Is the clause at `pos` a task set to the bodies its line names before a colon? "- Sở Y
        tế các tỉnh, thành phố …, Ban Quản lý An toàn thực phẩm tỉnh Bắc Ninh: Triển khai Kế
        hoạch số 1751/KH-BCĐTƯATTP …" (their plan, not the document's own)."""
        line_start = self.text.rfind("\n", 0, pos) + 1
        if not self.text[line_start:pos].rstrip().endswith(":"):
            return False
        lead = P.LINE_LEAD.match(self.low, line_start)
        return P.MAIN_CLAUSE_SUBJECT.match(self.text, lead.end() if lead else line_start) is not None

    def _conditional(self, pos: int) -> bool:
        """Is the clause at `pos` the condition of a sentence: "Thực hiện Nghị quyết số 68-NQ/TW …
        và Nghị quyết số 198/2025/QH15 … thì hộ kinh doanh … không áp dụng …" (an answer letter's
        reasoning, not its own act)."""
        _, end = self.layout.sentence_bounds(pos)
        return P.THEN_WORD.search(self.low, pos, end if end >= 0 else len(self.low)) is not None

    def _own_task(self, m: re.Match[str]) -> bool:
        """Is a body clause "- Tiếp tục / Triển khai thực hiện X" a task of the document's own?

        Seeds: yes under the plan's own parts ("II. NỘI DUNG", "III. NHIỆM VỤ VÀ GIẢI PHÁP").
        Not a purpose clause ("Để tiếp tục thực hiện X, cần ..."), not inside a clause that
        replaces or amends ("Thay thế Quyết định A về ban hành Kế hoạch triển khai thực hiện
        Đề án ...; Quyết định B ..."), not a notice's list of tasks it hands out, and not a task
        under a line naming another body ("1.\nSở Nông nghiệp và Môi trường\n- Chủ trì ...\n-
        Tiếp tục thực hiện X"): those only cite X (ANNOTATION.md: body "thực hiện" is CITES)."""
        if not (m.group("continue") or m.group("deploy")) or P.PURPOSE_CUE.match(self.low, m.start()):
            return False
        if (self.layout.heading_words or "").startswith("THÔNG BÁO"):
            return False
        pos = m.start()
        if any(x.kind in ("REPLACES", "AMENDS") and x.obj <= pos < x.end for x in self.scopes[-_NESTING:]):
            return False
        return not self._under_actor(pos)

    def _under_actor(self, pos: int) -> bool:
        """Does the nearest line above `pos` that is not a bullet name a body as its subject?"""
        line_start = self.text.rfind("\n", 0, pos) + 1
        for _ in range(_HEADING_LINES):
            if line_start <= 0:
                return False
            prev = self.text.rfind("\n", 0, line_start - 1) + 1
            line = self.text[prev : line_start - 1]
            line_start = prev
            if not line.strip() or P.BULLET_LINE.match(line) or self._continues(prev):
                continue  # a sibling task, or a hard-wrapped line of one ("hàng năm, tổng hợp ...")
            lead = P.LINE_LEAD.match(line.lower())
            return P.MAIN_CLAUSE_SUBJECT.match(line, lead.end() if lead else 0) is not None
        return False

    def _continues(self, line_start: int) -> bool:
        """Does the line at `line_start` go on from the line before (a hard wrap, OCR pages)?"""
        if line_start <= 0:
            return False
        first = self.text[line_start : line_start + 1]
        raw = self.text[max(0, line_start - 80) : line_start]
        before = raw.rstrip()
        if not before or raw.count("\n", len(before)) > 1:
            return False  # a blank line before: a new paragraph
        return first.islower() or (
            before[-1] not in ".:;!?" and not P.NUMBERED_ITEM.match(self.text, line_start)
        )

    def based_on(self, pos: int) -> int:
        m = P.BASED_ON_CUE.match(self.low, pos)
        if m is None or P.ANAPHORIC_BASIS.match(self.low, pos):
            return pos
        line = self.low[self.low.rfind("\n", 0, pos) + 1 : pos]
        if line.count("“") > line.count("”"):
            return m.end()  # another letter quoted: "với nội dung: “Căn cứ Luật Quản lý thuế, … ”"
        if _clause_start(self.low, self.layout, pos, self.text) is not None:
            self._scope(pos, m.end(), "BASED_ON", "based_on_cue")
        return m.end()

    def amends_or_replaces(self, pos: int, word: str) -> int:
        low, layout = self.low, self.layout
        pattern, kind = (
            (P.AMENDS_CUE, "AMENDS")
            if word.startswith("sửa")
            else (P.SUPPLEMENT_CUE, "AMENDS")
            if word == "bổ sung"
            else (P.REPLACES_CUE, "REPLACES")
        )
        m = pattern.match(low, pos)
        if m is None:
            return pos
        if P.ADJECTIVAL_CUE.search(low, max(0, pos - 25), pos) or self._about_other(pos):
            return m.end()
        if P.PAREN_BEFORE_CUE.search(low, max(0, pos - 12), pos) and self._section(pos) != "title":
            return m.end()
        sent_start, _ = layout.sentence_bounds(pos)
        section = self._section(pos)
        own = (
            section == "title"
            or _clause_start(low, layout, pos, self.text) is not None
            or (section == "preamble" and P.ENACTS_BEFORE_CUE.search(low, max(0, pos - 40), pos) is not None)
            or self._names_itself(sent_start, pos)
        )
        if own and self._another_act_acts(pos):
            own = False
        if own:
            self._scope(pos, m.end(), kind, f"{kind.lower()}_cue")  # type: ignore[arg-type]
        return m.end()

    def _another_act_acts(self, pos: int) -> bool:
        """Is the cue at `pos` the act of another, higher act this document proposes or asks about?
        A submission's "Về việc ban hành Nghị định sửa đổi, bổ sung … Nghị định số 108/2015/NĐ-CP",
        a letter's "V/v góp ý dự thảo Thông tư sửa đổi, bổ sung Thông tư số 20/2015/TT-BTC"."""
        return P.OTHER_ACT_BEFORE_CUE.search(self.low, max(0, pos - 60), pos) is not None

    def expires(self, pos: int) -> int:
        """Whole repeal of the clause before: "<act> ... hết hiệu lực kể từ ngày Quyết định này có hiệu lực"."""
        m = P.EXPIRES_CUE.match(self.low, pos)
        if m is None:
            return pos
        sent_start, _ = self.layout.sentence_bounds(pos)
        clause = self._expiring_clause(sent_start, pos)
        clause = self._listed_from(clause, pos)
        i = bisect.bisect_left(self.starts, clause)
        first = self.starts[i] if i < len(self.starts) else pos
        # "Các thủ tục hành chính … đã công bố tại các Quyết định số …; … hết hiệu lực": a part of each
        partial = P.PARTIAL_OBJECT.search(self.low, clause, min(first, pos)) is not None
        kind: Relation = "AMENDS" if partial else "REPLACES"
        self.scopes.append(
            Scope(clause, clause, pos, kind, "partial_expires_cue" if partial else "expires_cue")
        )
        tail = P.LIST_COLON.match(self.low, m.end())
        if tail:
            colon = tail.end() - 1
            # from its colon where that opens a list ("… có hiệu lực thi hành:\na) …\nb) …"), so that
            # the items are read as one; after it where a date ends the clause ("… từ ngày 01/01/2026:")
            intro = P.LIST_INTRO.search(self.low, max(0, colon - _INTRO_REACH), colon)
            self._scope(pos, colon if intro else tail.end(), "REPLACES", "expires_cue")
        return m.end()

    def _expiring_clause(self, sent_start: int, pos: int) -> int:
        """Where the clause that expires at `pos` starts: after the last ";" or line break before
        it, or further back while that clause names no act: a ";" inside the act's title
        ("… quy định danh mục tài sản cố định đặc thù; danh mục, thời gian … hết hiệu lực") or a
        hard-wrapped line ("Nghị\nđịnh số 153/2016/NĐ-CP … quy\nđịnh mức lương … hết hiệu lực")."""
        low = self.low
        clause = max(sent_start, low.rfind(";", sent_start, pos) + 1, low.rfind("\n", 0, pos) + 1)
        for _ in range(_EXPIRY_STEPS):
            i = bisect.bisect_left(self.starts, clause)
            if clause <= sent_start or (i < len(self.starts) and self.starts[i] < pos):
                break
            cut = clause - 1
            if low[cut] == "\n" and low[max(sent_start, cut - 3) : cut].rstrip()[-1:] in (".", ":"):
                break  # the line before ends a sentence of its own
            clause = max(sent_start, low.rfind(";", sent_start, cut) + 1, low.rfind("\n", 0, cut) + 1)
        return clause

    def _listed_from(self, clause: int, pos: int) -> int:
        """The start of the list the clause before `pos` ends, when its items are acts joined by
        ";" and line breaks after a plural ("… tại các Quyết định số A …;\nQuyết định số B …")."""
        low = self.low
        intro = None
        for m in P.PLURAL_ACTS.finditer(low, max(0, clause - _LIST_REACH), clause):
            intro = m
        if intro is None:
            return clause
        between = low[intro.end() : clause]
        if P.SENTENCE_BREAK_IN_LIST.search(between):
            return clause
        return low.rfind("\n", 0, intro.start()) + 1

    def cite_break(self, pos: int, word: str) -> None:
        alias = word in ("gọi tắt", "viết tắt")
        m = P.CITE_BREAK.match(self.low, max(0, pos - 12) if alias else pos)
        if not (m or alias):
            return
        # an alias names only what its parenthesis holds; "gắn với ..." cites the rest of its line
        ends = [e for e in (self._next(c, pos) for c in ("\n", ";", ")")[: 3 if alias else 1]) if e >= 0]
        self.breaks.append((pos, min(ends, default=len(self.low))))

    def _next(self, char: str, pos: int) -> int:
        """low.find(char, pos), from positions found once: a text with no line break would
        otherwise be read to its end for every citing word."""
        if char not in self.positions:
            found, i = [], self.low.find(char)
            while i >= 0:  # str.find in C, not a Python step per character
                found.append(i)
                i = self.low.find(char, i + 1)
            self.positions[char] = found
        found = self.positions[char]
        i = bisect.bisect_left(found, pos)
        return found[i] if i < len(found) else -1

    def run(self) -> list[Scope]:
        covered = -1
        for k in P.KEYWORDS.finditer(self.low):
            pos, word = k.start(), k.group(0).replace("\n", " ")
            if pos < covered or not (pos == 0 or not self.low[pos - 1].isalnum()):
                continue
            if word in _IMPLEMENT_WORDS:
                covered = self.implements(pos)
            elif word in ("sửa đổi", "sửa đối", "bổ sung", "thay thế", "bãi bỏ"):  # "sửa đối": OCR
                covered = self.amends_or_replaces(pos, word)
            elif word == "hết hiệu lực":
                covered = self.expires(pos)
            elif word[0] == "c" and word[1] in "ăâầa":  # "căn cứ", OCR "can cứ"
                covered = self.based_on(pos)
            else:
                self.cite_break(pos, word)
        for b in P.BASIS_BULLET.finditer(self.low):
            self.basis_bullet(b)
        return sorted(self.scopes, key=lambda s: s.start)

    def basis_bullet(self, b: re.Match[str]) -> None:
        """A "- Tại khoản 5 Điều 1 Luật số ..." bullet among "- Căn cứ ..." bullets continues the basis list."""
        bullet = b.group("bullet")
        prev = self.low.rfind("\n" + bullet, max(0, b.start() - 3000), b.start())
        if prev < 0:
            prev = self.low.rfind("\n " + bullet, max(0, b.start() - 3000), b.start())
        if prev < 0:
            return
        after = self.low.index(bullet, prev) + 1  # no copy of the rest of the text per bullet
        while after < b.start() and self.low[after] in " \t":
            after += 1
        if P.BASED_ON_CUE.match(self.low, after):
            self._scope(b.start("bullet"), b.end(), "BASED_ON", "based_on_cue")


def _governing(scopes: list[Scope], starts: list[int], pos: int) -> Scope | None:
    """The innermost own scope holding `pos` (the one whose cue is nearest before it)."""
    i = bisect.bisect_right(starts, pos)
    for scope in reversed(scopes[max(0, i - _NESTING) : i]):
        if scope.obj <= pos < scope.end:
            return scope
    return None


def _broken(breaks: list[tuple[int, int]], scope: Scope, pos: int) -> bool:
    """Has a citing word ("gắn với", "gọi tắt là") inside the scope cut `pos` off from its cue?"""
    i = bisect.bisect_right(breaks, (pos, len(breaks) and breaks[-1][1] + 1))
    return any(scope.start < s <= pos < e for s, e in breaks[max(0, i - _NESTING) : i])


def _partial(low: str, scope: Scope, mentions: list[Mention], i: int) -> bool:
    """Does the item holding mention i name only a part of the act ("Bãi bỏ khoản 2 Điều 1 ...")?"""
    item = scope.obj
    # a mention inside the item's quoted name ("Bãi bỏ TTHC: “… Thông tư số 200 …” tại Quyết
    # định số 2083") starts no item of its own
    if i and mentions[i - 1].end > scope.obj and not _quoted(low, scope, mentions[i - 1].start):
        gap_start = mentions[i - 1].end
        cut = low.rfind(";", gap_start, mentions[i].start)
        nl = low.rfind("\n", gap_start, mentions[i].start)
        if nl > cut and P.LIST_ITEM.match(low, nl + 1):  # a new item line, not a wrapped one
            cut = nl
        joins = [low.rfind(w, gap_start, mentions[i].start) for w in (" và ", ", ")]
        item = max([cut + 1, *(j + 1 for j in joins if j >= 0), gap_start])
        if (
            item > cut + 1
            and P.SIBLING_HEAD.match(low, gap_start)
            and P.SHARED_PREPOSITION.search(
                low, max(scope.obj, mentions[i - 1].start - 20), mentions[i - 1].start
            )
        ):
            # "… tại phần III ban hành kèm theo Quyết định số 1644/QĐ-UBND ngày 28/6/2025 và Quyết
            # định số 1809/QĐ-UBND": one part of both acts, the preposition governs the two
            return _partial(low, scope, mentions, i - 1)
    return P.PARTIAL_OBJECT.search(low, item, mentions[i].start) is not None


def _described_in_item(low: str, scope: Scope, mentions: list[Mention], i: int) -> bool:
    """Is mention i named in the description of the act before it in the same item ("Bãi bỏ:
    … e) Thông tư số 06/2017/TT-BTC … sửa đổi, bổ sung … Thông tư số 26/2015/TT-BTC")?"""
    if i == 0 or mentions[i - 1].start < scope.obj or _quoted(low, scope, mentions[i - 1].start):
        return False  # the act before is no object of the cue: it sits in a quoted name
    gap_start, gap_end = mentions[i - 1].end, mentions[i].start
    if P.SIBLING_HEAD.match(low, gap_start):
        return False
    if gap_end - gap_start > _ITEM_GAP or low.find(";", gap_start, gap_end) >= 0:
        return False
    nl = low.find("\n", gap_start, gap_end)
    while nl >= 0:  # a new item line, not a wrapped one
        if P.LIST_ITEM.match(low, nl + 1):
            return False
        nl = low.find("\n", nl + 1, gap_end)
    if P.DESCRIPTION_WORD.search(low, gap_start, gap_end) is None:
        return False
    return P.SIBLING_TAIL.search(low[max(gap_start, gap_end - 80) : gap_end]) is None


def _quoted(low: str, scope: Scope, pos: int) -> bool:
    """Is `pos` inside a quoted name the cue's object carries? "Bãi bỏ TTHC: “Đăng ký sửa đổi
    chế độ Kế toán theo Thông tư số 200/2014/TT-BTC …” tại Quyết định số 2083/QĐ-BTC": the
    procedure of 2083 is repealed; 200 is only named in its title."""
    return low.count("“", scope.obj, pos) > low.count("”", scope.obj, pos)


def read_mentions(
    text: str, low: str, layout: Layout, mentions: list[Mention]
) -> tuple[list[Reading], list[Link]]:
    """The relation of each mention to this document, and the statements linking mentions."""
    links = find_links(text, mentions)
    # the mention that sits in another's description: the object, or the amender in the passive
    described = {x.source if x.rule in ("passive_amends", "amending_law_title") else x.target for x in links}
    finder = _Finder(text, low, layout, mentions, links)
    scopes = finder.run()
    scope_starts = [x.start for x in scopes]
    breaks = sorted(finder.breaks)
    readings: list[Reading] = []
    for i, m in enumerate(mentions):
        scope = _governing(scopes, scope_starts, m.start)
        if scope is None:
            readings.append(Reading("CITES", "default_cites"))
        elif scope.kind == "BASED_ON":
            rule = "embedded_in_basis" if i in described else scope.rule
            readings.append(Reading("BASED_ON", rule))
        elif scope.kind == "IMPLEMENTS" and _broken(breaks, scope, m.start):
            readings.append(Reading("CITES", "cite_break"))
        elif i in described:
            readings.append(Reading("CITES", "described_cites"))
        elif scope.kind == "IMPLEMENTS" and i in finder.embedded:
            readings.append(Reading("CITES", "embedded_cue"))
        elif scope.kind == "IMPLEMENTS":
            readings.append(Reading("IMPLEMENTS", scope.rule))
        elif scope.kind in ("AMENDS", "REPLACES") and _described_in_item(low, scope, mentions, i):
            readings.append(Reading("CITES", "described_in_item"))
        elif _quoted(low, scope, m.start):
            readings.append(Reading("CITES", "quoted_name"))
        elif _partial(low, scope, mentions, i):
            readings.append(
                Reading(
                    "AMENDS", scope.rule if scope.rule.startswith("partial_") else "partial_" + scope.rule
                )
            )
        else:
            readings.append(Reading(scope.kind, scope.rule))
    return readings, links

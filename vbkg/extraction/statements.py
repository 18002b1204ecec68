"""Statements: what the text says about two other documents (ANNOTATION.md rule 4).

"Kế hoạch số 44-KH/TU ... của Tỉnh ủy Lai Châu về thực hiện Kết luận số 01-KL/TW" says
44-KH/TU IMPLEMENTS 01-KL/TW; "Luật ... số 15/2017/QH14 được sửa đổi, bổ sung bởi Luật số
64/2020/QH14, ... và Luật số 90/2025/QH15" says each of the six AMENDS 15/2017/QH14. A cue
speaks about the mention whose tail it follows; its objects are the mention right after it
and every mention coordinated with that one ("A, B và C").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from . import patterns as P
from .model import Mention, Relation

_MAX_GAP = 400  # a statement lives inside one clause
_MAX_OBJECT_GAP = 160
_CUE_REACH = 80  # past its "sửa"/"sung", a loose amending cue and the look after it end here


@dataclass(frozen=True)
class Link:
    """Mention `source` RELATION mention `target` (indices into the mention list)."""

    source: int
    target: int
    relation: Relation
    rule: str
    cue_start: int  # where the cue begins: it is about another document, not this one
    cue_end: int


def _objects(text: str, mentions: list[Mention], starts: list[int], cue_end: int) -> list[int]:
    """The mention right after a cue, and those coordinated with it."""
    j = bisect.bisect_left(starts, cue_end)
    if j >= len(mentions) or mentions[j].start - cue_end > _MAX_OBJECT_GAP:
        return []
    if not P.FIRST_OBJECT.fullmatch(text, cue_end, mentions[j].start):
        return []
    found = [j]
    first = mentions[j]
    unnamed = _law_name(first) is None
    while j + 1 < len(mentions):
        prev, nxt = mentions[j], mentions[j + 1]
        if unnamed and _law_name(nxt) is not None:
            break  # "theo Luật số 31/2013/QH13, Luật thuế tài nguyên số 45/2009/QH12": a new item
        if nxt.start < prev.end or nxt.start - prev.end > _MAX_GAP:
            break
        if (
            not P.NEXT_OBJECT.fullmatch(text, prev.end, nxt.start)
            and not _bare_law_after(text, first, prev, nxt)
            and not (
                # "sửa đổi … Nghị định số 78 … hướng dẫn thi hành Luật … và Nghị định số 79": past
                # the first object's description, only an act of its own kind and issuer continues
                # the list; another kind belongs to the description ("… hướng dẫn Luật … và Nghị định")
                nxt.type_code is not None
                and (nxt.type_code, nxt.issuer_code) == (first.type_code, first.issuer_code)
                and P.NEXT_OBJECT_DESCRIBED.fullmatch(text, prev.end, nxt.start)
            )
        ):
            break
        own = _passive(text, mentions, j + 1)
        if own and own[1]:  # "... Nghị định 59/2018 và điểm b1 ... Thông tư 38/2015 đã được sửa đổi tại ..."
            break
        j += 1
        found.append(j)
    return found


def _bare_law_after(text: str, first: Mention, prev: Mention, nxt: Mention) -> bool:
    """Laws with no name of their own go on a list of amenders past a ";": "… đã được sửa đổi, bổ
    sung một số điều theo Luật số 36/2009/QH12; Luật số 42/2019/QH14 và Luật số 07/2022/QH15;" (a
    new Căn cứ item names its law: "; Luật Đất đai số 31/2024/QH15")."""
    return (
        first.type_code == nxt.type_code == "L"
        and _law_name(first) is None
        and _law_name(nxt) is None
        and P.BARE_LAW_AFTER.match(text, prev.end, min(len(text), nxt.start + 12)) is not None
    )


def _passive(text: str, mentions: list[Mention], i: int) -> tuple[re.Match[str], bool] | None:
    """A passive amending cue after mention i, before the next mention: (cue, right after the tail)."""
    a = mentions[i]
    stop = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
    stop = min(stop, a.end + _MAX_GAP)
    if stop <= a.end:
        return None
    m = P.PASSIVE_CUE.search(text, a.end, stop)
    if m is None:
        return None
    gap = text[a.end : m.start()]
    if ";" in gap and not (m.group().startswith("(") and _titled_gap(gap)):
        return None
    return m, P.TAIL_ONLY.match(text, a.end, m.start()) is not None


def _opens_line(text: str, start: int, cue: re.Match[str]) -> bool:
    """Does the cue's IMPLEMENTS verb open a new clause on a new line ("... CHÍNH PHỦ\nThực hiện ...")?

    A hard-wrapped line goes on in lower case ("... của Bộ Tài chính\nhướng dẫn thi hành ...").
    """
    if cue.start("implements") < 0:
        return False  # "... của Bộ Tài chính\nSửa đổi, bổ sung ...": a description wrapped over lines
    verb = cue.start("implements")
    nl = text.rfind("\n", start, verb)
    return nl >= 0 and not text[nl + 1 : verb].strip(" \t(-+•") and text[verb].isupper()


def _titled_gap(gap: str) -> bool:
    """A ";" ends a clause, but not inside a title on one line that a parenthesis follows:
    "Thông tư số 38/2015/TT-BTC … quy định về thủ tục hải quan; kiểm tra, giám sát hải quan;
    … (được sửa đổi, bổ sung bởi … Thông tư số 39/2018/TT-BTC)". A new Căn cứ is a new clause."""
    return "\n" not in gap and not P.BASED_ON_WORDS.search(gap)


def _same_kind_before(
    text: str, mentions: list[Mention], i: int, type_code: str | None, cue: int, titled: bool = False
) -> int | None:
    """The nearest mention of `type_code` at or before i in the same clause as the cue; with
    `titled`, a ";" inside a title on the cue's line does not end the clause (_titled_gap)."""
    for k in range(i, max(-1, i - 4), -1):
        gap = text[mentions[k].end : cue]
        if cue - mentions[k].end > _MAX_GAP or (";" in gap and not (titled and _titled_gap(gap))):
            return None
        if mentions[k].type_code == type_code:
            return k
    return None


def _law_name(mention: Mention) -> str | None:
    m = P.LAW_NAME.search(mention.text)
    return " ".join(m.group("name").lower().split()) if m else None


def find_links(text: str, mentions: list[Mention]) -> list[Link]:
    """Every statement the text makes about two of its mentions (mentions in reading order)."""
    starts = [m.start for m in mentions]
    links: list[Link] = []
    read: list[tuple[int, int]] = []  # the cues read right after a mention's tail
    for i, a in enumerate(mentions):
        cue = P.STATEMENT_CUE.match(text, a.end)
        if cue:
            read.append((a.end, cue.end()))
        if cue and cue.end() - a.end <= _MAX_GAP and not _opens_line(text, a.end, cue):
            relation: Relation = "AMENDS" if cue.group("amends") else "IMPLEMENTS"
            rule = "nested_amends" if cue.group("amends") else "nested_implements"
            objects = _objects(text, mentions, starts, cue.end())
            for j in objects:
                links.append(Link(i, j, relation, rule, a.end, mentions[j].start))
            if objects:
                continue
            # "Nghị định số 120/2016/NĐ-CP quy định chi tiết và hướng dẫn thi hành … Luật phí và lệ
            # phí, được sửa đổi, bổ sung bởi Nghị định số 82/2023/NĐ-CP": an unnumbered object, then a passive
        passive = _passive(text, mentions, i)
        if passive:
            m, adjacent = passive
            objects = _objects(text, mentions, starts, m.end())
            subject: int | None = i
            if not adjacent and objects:
                # far from its subject ("Nghị định số 78 ... hướng dẫn thi hành Luật ... được sửa
                # đổi, bổ sung bởi Nghị định số 187"): only an act of the same kind amends it
                subject = _same_kind_before(
                    text, mentions, i, mentions[objects[0]].type_code, m.start(), m.group().startswith("(")
                )
            if subject is None:
                continue
            for j in objects:
                links.append(Link(j, subject, "AMENDS", "passive_amends", m.start(), mentions[j].start))
        title = P.AMENDING_LAW_TITLE.search(text, max(0, a.start - 60), a.start)
        name = _law_name(a) if title else None
        if title and name:
            for k in range(i - 1, -1, -1):
                b = mentions[k]
                between = text[b.end : title.start()]
                # the same Căn cứ line only: "Căn cứ Luật … số 64/2025/QH15; Luật sửa đổi, bổ sung một
                # số điều của Luật … số 87/2025/QH15;" goes on past its ";", a new "Căn cứ" does not
                if (
                    a.start - b.end > _MAX_GAP
                    or "\n" in between
                    or (";" in between and P.BASED_ON_WORDS.search(between))
                ):
                    break
                if b.type_code == a.type_code and _law_name(b) == name:
                    links.append(Link(i, k, "AMENDS", "amending_law_title", title.start(), a.start))
                    break
    return (
        links
        + _loose_amends(text, mentions, starts, read, links)
        + _about_then_implement(text, mentions, starts)
    )


def _about_then_implement(text: str, mentions: list[Mention], starts: list[int]) -> list[Link]:
    """ "Nghị quyết số 11/NQ-CP … về Chương trình phục hồi … và triển khai Nghị quyết số
    43/2022/QH15": the act whose topic is told goes on to carry out the next (ABOUT_THEN_IMPLEMENT)."""
    out: list[Link] = []
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        if b.start - a.end > _MAX_GAP or P.SENTENCE_BREAK.search(text, a.end, b.start):
            continue
        m = P.ABOUT_THEN_IMPLEMENT.fullmatch(text, a.end, b.start)
        if m is None:
            continue
        for j in _objects(text, mentions, starts, m.end("verb") + 1):
            out.append(Link(i, j, "IMPLEMENTS", "nested_implements", a.end, mentions[j].start))
    return out


def _loose_amends(
    text: str, mentions: list[Mention], starts: list[int], read: list[tuple[int, int]], links: list[Link]
) -> list[Link]:
    """Amending cues inside a clause (LOOSE_AMEND_CUE): the subject is the nearest act of the
    object's kind before the cue ("Thông tư số 96/2015 … tại Nghị định số 12/2015 … và sửa đổi,
    bổ sung một số Điều của Thông tư số 78/2014" -> 96 AMENDS 78)."""
    if not mentions:
        return []
    seen = {(link.source, link.target) for link in links}
    read_starts = [s for s, _ in read]
    out: list[Link] = []
    tried: set[int] = set()
    for word in P.AMEND_WORD.finditer(text):
        # the cue starts at most "bổ " before its word and ends within a line's reach after it
        m = P.LOOSE_AMEND_CUE.search(text, max(0, word.start() - 6), word.end() + _CUE_REACH)
        if m is None or m.start() > word.start() or m.start() in tried:
            continue  # a cue further on is read from its own word, with its whole reach
        tried.add(m.start())
        k = bisect.bisect_right(read_starts, m.start()) - 1
        if k >= 0 and m.end() <= read[k][1] + 1:
            continue  # the cue right after its subject's tail, read by find_links
        objects = _objects(text, mentions, starts, m.end())
        before = bisect.bisect_right(starts, m.start()) - 1
        if not objects or before < 0 or mentions[before].end > m.start():
            continue
        if text[m.start()].isupper():
            continue  # "Sửa đổi Điều 12, Thông tư số 156/2013/TT-BTC như sau": the document's own act
        subject = _same_kind_before(text, mentions, before, mentions[objects[0]].type_code, m.start())
        if subject is None or P.SENTENCE_BREAK.search(text, mentions[subject].end, m.start()):
            continue
        for j in objects:
            if (subject, j) not in seen:
                seen.add((subject, j))
                out.append(Link(subject, j, "AMENDS", "amends_in_clause", m.start(), mentions[j].start))
    return out

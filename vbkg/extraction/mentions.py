"""Find the documents a text mentions: full symbols and short forms, with their tails."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from . import patterns as P
from .codes import type_of_words
from .dates import iso_date
from .model import Mention
from .orgs import Context, OrgName, org_at
from .symbols import parse_symbol

_LOOKBACK = 90


@dataclass(frozen=True)
class Tail:
    date: str | None
    issuer: OrgName | None
    end: int


def issuer_at(text: str, pos: int, ctx: Context) -> tuple[OrgName, int] | None:
    """The body named at `pos`, looking through "Ban Thường vụ", "Thường trực" and the like."""
    found = org_at(text, pos, ctx)
    if found is None:
        organ = P.ORGAN_PREFIX.match(text, pos)
        if organ:
            found = org_at(text, organ.end(), ctx)
    if found is None:
        return None
    return found[0], found[1].end()


def read_tail(text: str, pos: int, ctx: Context) -> Tail:
    """The date and issuer printed after a mention: ", ngày 21/9/2021 của Thành ủy Hà Nội"."""
    date = None
    issuer = None
    end = pos
    d = P.DATE_AFTER.match(text, pos)
    if d:
        date, end = iso_date(d), d.end()
    of = P.OF_ISSUER.match(text, end)
    if of:
        found = issuer_at(text, of.end(), ctx)
        if found:
            issuer, end = found
    if date is None:
        d = P.DATE_AFTER.match(text, end)
        if d:
            date, end = iso_date(d), d.end()
    return Tail(date, issuer, end)


def _symbol_mentions(text: str, low: str, own: tuple[int, int] | None, ctx: Context) -> list[Mention]:
    found: list[Mention] = []
    for m in P.SYMBOL.finditer(text):
        if own and own[0] <= m.start() < own[1]:
            continue
        window_start = max(0, m.start() - _LOOKBACK)
        w = P.TYPE_BEFORE_SYMBOL.search(low, window_start, m.start())
        words = text[w.start("words") : w.end("words")] if w else None
        parsed = parse_symbol(m, type_of_words(words) if words else None)
        start = w.start() if w else m.start()
        tail = read_tail(text, m.end(), ctx)
        found.append(
            Mention(
                start=start,
                end=m.end(),
                text=text[start : m.end()],
                type_code=parsed.type_code,
                number=parsed.number,
                issuer_code=parsed.issuer_code,
                symbol=parsed.symbol,
                symbol_year=parsed.year,
                date=tail.date,
                issuer=tail.issuer.name if tail.issuer else None,
                short=False,
                words=words,
            )
        )
    return found


def _short_mentions(text: str, low: str, taken: list[tuple[int, int]], ctx: Context) -> list[Mention]:
    found: list[Mention] = []
    starts = [s for s, _ in taken]
    for m in P.SHORT_FORM.finditer(low):
        i = bisect.bisect_right(starts, m.start("number")) - 1
        if i >= 0 and m.start("number") < taken[i][1]:
            continue
        words = text[m.start("words") : m.end("words")]
        tail = read_tail(text, m.end(), ctx)
        # "kế hoạch 5 năm" is no reference: a short form needs "số", a capital or an issuer
        if not (m.group("so") or words[0].isupper() or tail.issuer):
            continue
        found.append(
            Mention(
                start=m.start(),
                end=m.end(),
                text=text[m.start() : m.end()],
                type_code=type_of_words(words),
                number=m.group("number"),
                issuer_code=tail.issuer.code if tail.issuer else None,
                symbol=None,
                symbol_year=None,
                date=tail.date,
                issuer=tail.issuer.name if tail.issuer else None,
                short=True,
                words=words,
            )
        )
    return found


def find_mentions(text: str, low: str, own: tuple[int, int] | None, ctx: Context) -> list[Mention]:
    """Every mention in the text except the document's own number, in reading order."""
    full = _symbol_mentions(text, low, own, ctx)
    short = _short_mentions(text, low, sorted((x.start, x.end) for x in full), ctx)
    return sorted(full + short, key=lambda x: x.start)

"""Resolve mentions to document identities within one document.

Mentions of one document are unified: "Kết luận số 01-KL/TW ngày 18/5/2021" gives its
date to every later "Kết luận số 01-KL/TW" and to the short form "Kết luận số 01". A
second, different date is a conflict, reported and never a second document. The
short-form resolver is a plain function, passed in with a default, so it can be swapped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .codes import class_of, issuer_name_of_code
from .identity_key import document_id, fold_code, number_key, type_key
from .model import DocIdentity, Mention, Warning
from .orgs import Context

Key = tuple[str, str, str, int | None]
__all__ = ["Group", "ShortFormResolver", "key_of", "number_key", "resolve", "resolve_short_form", "type_key"]


def key_of(m: Mention) -> Key:
    """Mentions with one key are one document here (identity_key's rules; the year if printed)."""
    return (type_key(m.type_code, m.symbol), number_key(m.number), fold_code(m.issuer_code), m.symbol_year)


@dataclass(frozen=True)
class Group:
    key: Key
    members: tuple[int, ...]
    identity: DocIdentity


def _elsewhere(level: str | None, place: str | None, own_level: str | None, own_place: str | None) -> bool:
    """Does the printed issuer ("của Ban Chấp hành Đảng bộ tỉnh") stand at another level or place?"""
    if level and own_level and level != own_level:
        return True
    return bool(place and own_place and place.casefold() != own_place.casefold())


def infer_issuer(
    issuer_code: str | None,
    ctx: Context,
    own_code: str | None,
    own_issuer: str | None,
    printed: tuple[str | None, str | None] = (None, None),
) -> str | None:
    """The issuing body a bare code implies here, where it implies one (DOMAIN.md §2).

    `printed` is the level and place of an issuer printed but not recognised; a Party code is
    filled from this document's own place only when they do not point elsewhere."""
    named = issuer_name_of_code(issuer_code)
    if named:
        return named
    if issuer_code and issuer_code == own_code and own_issuer:
        return own_issuer  # "27/KH-LĐLĐ" inside an LĐLĐ's plan: its own earlier plan
    if issuer_code == "TU" and _elsewhere(*printed, ctx.province_level, ctx.province):
        return None
    if issuer_code in ("QU", "HU") and _elsewhere(*printed, ctx.district_level, ctx.district):
        return None
    if issuer_code == "TU" and ctx.province:
        return f"{'Thành' if ctx.province_level == 'thành phố' else 'Tỉnh'} ủy {ctx.province}"
    if issuer_code == "QU" and ctx.district:
        return f"Quận ủy {ctx.district}"
    if issuer_code == "HU" and ctx.district:
        return f"Huyện ủy {ctx.district}"
    return None


def _identity(first: Mention, date: str | None, issuer: str | None) -> DocIdentity:
    year = first.symbol_year or (int(date[:4]) if date else None)
    return DocIdentity(
        id=document_id(first.type_code, first.number, first.issuer_code, year, issuer),
        type=class_of(first.type_code),
        type_code=first.type_code,
        number=first.number,
        issuer_code=first.issuer_code,
        symbol=first.symbol,
        year=year,
        date=date,
        issuer=issuer,
    )


# Given a short form and the full forms of the same number seen in the document (only those:
# comparing every short form with every group was quadratic in a list of references).
ShortFormResolver = Callable[[Mention, Sequence[Group]], Group | None]


def resolve_short_form(short: Mention, groups: Sequence[Group]) -> Group | None:
    """A short form is the one full form of the same type and number (and issuer, if named)."""
    candidates = [
        g
        for g in groups
        if type_key(g.identity.type_code) == type_key(short.type_code)
        and g.key[1] == number_key(short.number)
        and (short.issuer_code is None or g.key[2] == fold_code(short.issuer_code))
    ]
    return candidates[0] if len(candidates) == 1 else None


def resolve(
    mentions: Sequence[Mention],
    ctx: Context,
    own_code: str | None,
    own_issuer: str | None,
    resolver: ShortFormResolver = resolve_short_form,
) -> tuple[list[DocIdentity | None], list[Warning]]:
    """One identity per mention (None where a short form cannot be resolved) and the warnings."""
    warnings: list[Warning] = []
    members: dict[Key, list[int]] = {}
    for i, m in enumerate(mentions):
        if not m.short:
            members.setdefault(key_of(m), []).append(i)
    _join_yearless(mentions, members)
    by_number: dict[str, list[Group]] = {}
    identities: list[DocIdentity | None] = [None] * len(mentions)
    for key, idx in members.items():
        first = next((mentions[i] for i in idx if mentions[i].symbol_year is not None), mentions[idx[0]])
        date = next((mentions[i].date for i in idx if mentions[i].date), None)
        issuer = next((mentions[i].issuer for i in idx if mentions[i].issuer), None)
        printed = next(
            ((mentions[i].of_level, mentions[i].of_place) for i in idx if mentions[i].of_level), (None, None)
        )
        issuer = issuer or infer_issuer(first.issuer_code, ctx, own_code, own_issuer, printed)
        group = Group(key, tuple(idx), _identity(first, date, issuer))
        by_number.setdefault(key[1], []).append(group)
        for i in idx:
            identities[i] = group.identity
        for i in idx:
            other = mentions[i].date
            if other and date and other != date:
                warnings.append(
                    Warning(
                        "date_conflict",
                        f"{first.symbol} is dated {date} and, at {mentions[i].start}, {other}; kept {date}",
                        group.identity,
                        mentions[i].start,
                        mentions[i].end,
                        (date, other),
                    )
                )
    for i, m in enumerate(mentions):
        if not m.short:
            continue
        found = resolver(m, by_number.get(number_key(m.number), []))
        if found is None and m.issuer_code:
            # "Chỉ thị 05 của Bộ Chính trị": the issuer gives the code (05-CT/TW)
            synthetic = Mention(m.start, m.end, m.text, m.type_code, m.number, m.issuer_code,
                                _short_symbol(m), None, m.date, m.issuer, False, m.words)  # fmt: skip
            found = Group(key_of(synthetic), (i,), _identity(synthetic, m.date, m.issuer))
            by_number.setdefault(found.key[1], []).append(found)
        if found is None:
            warnings.append(
                Warning(
                    "unresolved_short_form",
                    f"{m.text!r} names no document seen in full here",
                    None,
                    m.start,
                    m.end,
                )
            )
            continue
        identities[i] = found.identity
    return identities, warnings


def _join_yearless(mentions: Sequence[Mention], members: dict[Key, list[int]]) -> None:
    """A full symbol printed once without its year is the one document of that type, number and
    issuer printed with it: "Thông tư 202/2014/TT-BTC …", later "Thông tư 202/TT-BTC" (and not
    where two years are printed, or the mention's own date says another year)."""
    for key in [k for k in members if k[3] is None]:
        yeared = [k for k in members if k[:3] == key[:3] and k[3] is not None]
        if len(yeared) != 1:
            continue
        year = str(yeared[0][3])
        if all((mentions[i].date or year)[:4] == year for i in members[key]):
            members[yeared[0]] = sorted(members[yeared[0]] + members.pop(key))


def _short_symbol(m: Mention) -> str | None:
    if not (m.type_code and m.issuer_code):
        return None
    if m.issuer_code in ("TW", "TU", "QU", "HU", "ĐU", "ĐĐTLĐ"):  # Party numbering
        return f"{m.number}-{m.type_code}/{m.issuer_code}"
    return f"{m.number}/{m.type_code}-{m.issuer_code}"

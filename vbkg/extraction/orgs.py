"""Organizations: canonical names with abbreviations expanded and places from context.

In a document of LĐLĐ quận Long Biên, "LĐLĐ Thành phố" is Liên đoàn Lao động thành phố
Hà Nội, "Quận ủy" is Quận ủy Long Biên and "Thành ủy" is Thành ủy Hà Nội (DOMAIN.md §4).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from . import bodies as bd
from . import gazetteer as gz
from . import patterns as P
from .gazetteer import fold
from .model import Organization, Warning

_LEVELS = {**gz.LEVELS, **gz.LEVEL_ABBREVIATIONS}
_COMMITTEE = {"Thành": "Thành ủy", "Tỉnh": "Tỉnh ủy", "Quận": "Quận ủy", "Huyện": "Huyện ủy", "Thị": "Thị ủy",
              "Đảng": "Đảng ủy"}  # fmt: skip
_CODE_OF_COMMITTEE = {"Thành ủy": "TU", "Tỉnh ủy": "TU", "Quận ủy": "QU", "Huyện ủy": "HU", "Đảng ủy": "ĐU"}
# ORG alternatives that name one central body, by group name -> its name in the vocabulary.
_FIXED_NAMES = {
    "dangdoan": "Đảng đoàn Tổng Liên đoàn Lao động Việt Nam",
    "tld": bd.TLD,
    "politburo": "Bộ Chính trị",
    "secretariat": "Ban Bí thư",
    "central": bd.BCH_TW,
    "pm": "Thủ tướng Chính phủ",
    "gov": bd.CP,
    "ubtvqh": "Ủy ban Thường vụ Quốc hội",
    "qh": bd.QH,
    "front": "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
}


@dataclass(frozen=True)
class Context:
    """What the document tells about where it stands: its province, district and issuer."""

    province: str | None = None
    district: str | None = None
    district_level: str | None = None
    issuer: str | None = None
    # A text of the two-tier administration (before March 2025, or naming "Tổng cục Thuế"): a
    # bare "Cục Thuế" there is one of the provincial departments, not the central Cục Thuế.
    general_departments: bool = False

    @property
    def province_level(self) -> str | None:
        if not self.province:
            return None
        return "thành phố" if self.province in gz.CENTRAL_CITIES else "tỉnh"

    def with_place(self, place: gz.Place | None) -> Context:
        if place is None:
            return self
        same = place.province == self.province
        return replace(
            self,
            province=place.province,
            district=place.district or (self.district if same else None),
            district_level=place.district_level or (self.district_level if same else None),
        )


@dataclass(frozen=True)
class OrgName:
    name: str
    kind: str
    code: str | None  # the issuer code its documents carry, where one exists
    level: str | None = None
    province: str | None = None


def _code_of(body: bd.Body) -> str | None:
    c = bd.central(body.name)
    if c is not None:
        return c.code
    for prefix, code in (("Liên đoàn Lao động", "LĐLĐ"), ("Ủy ban nhân dân", "UBND"), ("Hội đồng nhân dân", "HĐND"),
                         ("Đảng ủy", "ĐU")):  # fmt: skip
        if body.name.startswith(prefix):
            return code
    return _CODE_OF_COMMITTEE.get(" ".join(body.name.split()[:2]))


def as_body(name: str | None) -> OrgName | None:
    """`name` as a real body with its kind, level and province; None for a fragment."""
    body = bd.describe(name) if name else None
    if body is None:
        return None
    return OrgName(body.name, body.kind, _code_of(body), body.level, body.province)


# Tổng cục Thuế and Tổng cục Hải quan became Cục Thuế and Cục Hải quan on 1 March 2025.
_TWO_TIER_UNTIL = "2025-03-01"


def with_text_clues(ctx: Context, text: str, date: str | None = None) -> Context:
    """The context with what the whole text and its date tell about its bodies: a text of the
    two-tier tax and customs administration (not known to be dated from March 2025, or naming a
    "Tổng cục"), where a bare "Cục Thuế" is a provincial department, not the central one."""
    two_tier = date is None or date < _TWO_TIER_UNTIL or P.GENERAL_DEPARTMENT.search(text) is not None
    return replace(ctx, general_departments=two_tier)


def _resolve_place(raw: str | None, ctx: Context) -> tuple[gz.Place | None, str | None]:
    """The longest known place at the start of `raw`; else its first words as printed."""
    if not raw:
        return None, None
    words = raw.split()
    for n in range(len(words), 0, -1):
        place = gz.lookup(" ".join(words[:n]), ctx.province)
        if place:
            return place, None
    return None, " ".join(words[:3])


def _local_context(ctx: Context) -> Context:
    """The context a bare "Tỉnh ủy" or "UBND tỉnh" may be completed from: only a local issuer's.
    The place line of a central body's document ("Hà Nội, ngày …") says where it was signed,
    not which province its "Ủy ban nhân dân cấp tỉnh" is."""
    issuer = as_body(ctx.issuer)
    if ctx.issuer is None or (issuer is not None and issuer.level != bd.CENTRAL_LEVEL):
        return ctx  # an issuer still being read, or a local one: the place line is its own
    return Context(issuer=ctx.issuer)


def _local(prefix: str, level: str | None, raw_place: str | None, ctx: Context) -> str | None:
    """`prefix` (Liên đoàn Lao động, Ủy ban nhân dân) + level + place, completed from context."""
    if raw_place and raw_place.isdigit() and level != "quận":
        return None  # "Ủy ban nhân dân 1 cấp tỉnh" (OCR noise): a number is a place only after "quận"
    place, printed = _resolve_place(raw_place, ctx)
    ctx = _local_context(ctx)
    if place is not None:
        if place.district:
            return f"{prefix} {level or place.district_level or 'quận'} {bd.district_label(place)}"
        return f"{prefix} {level or place.province_level} {place.province}"
    if printed:
        return f"{prefix} {level} {printed}" if level else f"{prefix} {printed}"
    if level and level == ctx.province_level and ctx.province:
        return f"{prefix} {level} {ctx.province}"
    if (
        level
        and ctx.district
        and level == (ctx.district_level or level)
        and level in ("quận", "huyện", "thị xã")
    ):
        return f"{prefix} {level} {_ctx_district(ctx)}"
    if level == "thành phố" and ctx.province in gz.CENTRAL_CITIES:
        return f"{prefix} thành phố {ctx.province}"
    return None


def _ctx_district(ctx: Context) -> str | None:
    if not (ctx.district and ctx.province):
        return ctx.district
    return bd.district_label(gz.Place(ctx.province, ctx.district, ctx.district_level))


def _level(raw: str | None) -> str | None:
    return _LEVELS.get(fold(raw)) if raw else None


def _candidate(m: re.Match[str], ctx: Context) -> str | None:
    """The canonical name an ORG match stands for, before checking it names a body."""
    if P.ORG_GROUP_AFTER.match(m.string, m.end()):
        return None  # "Ủy ban nhân dân các tỉnh", "UBND cấp xã": many bodies, or a level
    kind = m.lastgroup
    if kind in _FIXED_NAMES:
        return _FIXED_NAMES[kind]
    if kind == "ldld_all":
        as_printed = P.SPACES.sub(" ", m.group(0))
        tail = P.LDLD_WORDS.split(as_printed, maxsplit=1)[-1]
        tail = tail.removeprefix("các ").strip(" ,")
        return f"Liên đoàn Lao động các {tail} {ctx.province_level} {ctx.province}" if ctx.province else None
    if kind is None:
        return None
    if m.group("ldld") is not None and kind in ("ldld", "level", "place"):
        level, raw_place = _level(m.group("level")), m.group("place")
        if not level and not raw_place:
            if ctx.issuer and ctx.issuer.startswith("Liên đoàn Lao động"):
                return ctx.issuer
            return None
        return _local("Liên đoàn Lao động", level, raw_place, ctx)
    if m.group("committee") is not None:
        body = _COMMITTEE[m.group("ctype")]
        raw = m.group("cplace")
        if body == "Đảng ủy":
            # "Đảng ủy Bộ Tư pháp", "Đảng ủy Ủy ban nhân dân Thành phố": the committee of a body
            inner = P.ORG.match(m.string, m.start("cplace")) if raw else None
            inner_name = _candidate(inner, ctx) if inner else None
            return f"Đảng ủy {inner_name}" if inner_name else None
        place, printed = _resolve_place(raw, ctx)
        where: str | None = None
        if place is not None:
            where = (
                bd.district_label(place)
                if body in ("Quận ủy", "Huyện ủy", "Thị ủy") and place.district
                else place.province
            )
        elif printed:
            where = printed
        elif body in ("Thành ủy", "Tỉnh ủy"):
            where = _local_context(ctx).province
        elif _local_context(ctx).district:
            where = _ctx_district(ctx)
        return f"{body} {where}" if where else None
    if m.group("ubnd") is not None:
        return _local("Ủy ban nhân dân", _level(m.group("ulevel")), m.group("uplace"), ctx)
    if m.group("hdnd") is not None:
        return _local("Hội đồng nhân dân", _level(m.group("hlevel")), m.group("hplace"), ctx)
    for group, what in (
        ("cdcs", "Công đoàn cơ sở"),
        ("cdn", "Công đoàn ngành"),
        ("cdvc", "Công đoàn Viên chức"),
    ):
        if m.group(group) is not None:
            # the unions under a provincial or district federation, as a class; not a named one
            # ("Công đoàn cơ sở Công ty TNHH Nhựa và hóa chất TPC VINA") nor under another issuer
            issuer = (
                as_body(ctx.issuer) if ctx.issuer and ctx.issuer.startswith("Liên đoàn Lao động ") else None
            )
            if issuer is None or issuer.level not in (bd.PROVINCE, bd.DISTRICT):
                return None
            return None if P.NAMED_UNIT_AFTER.match(m.string, m.end()) else f"{what} thuộc {ctx.issuer}"
    if m.group("ministry") is not None or m.group("bank") is not None or m.group("office") is not None:
        return P.SPACES.sub(" ", m.group(0))
    if m.group("tax") is not None:
        if m.group("tlevel") or m.group("tplace"):
            # "Cục Thuế tỉnh Bắc Ninh"; "các Cục Hải quan tỉnh, thành phố" (no place) is no one body
            return _local(
                P.SPACES.sub(" ", m.group("cuc")), _level(m.group("tlevel")), m.group("tplace"), ctx
            )
        if m.group("cuc") and ctx.issuer and ctx.issuer.startswith(P.SPACES.sub(" ", m.group("cuc")) + " "):
            return ctx.issuer  # "Cục Thuế" in a document of Cục Thuế tỉnh X is the issuer
        if m.group("cuc") and (
            ctx.general_departments or ctx.issuer in ("Tổng cục Thuế", "Tổng cục Hải quan")
        ):
            return None  # "Cục Thuế" beside "Tổng cục Thuế": one of its provincial departments
        return P.SPACES.sub(" ", m.group(0))
    return None


def canonical(m: re.Match[str], ctx: Context) -> OrgName | None:
    """The body an ORG match names, or None when context cannot tell or it names no body."""
    return as_body(_candidate(m, ctx))


def org_at(text: str, pos: int, ctx: Context) -> tuple[OrgName, re.Match[str]] | None:
    """The organization named exactly at `pos`, if any."""
    m = P.ORG.match(text, pos)
    if not m:
        return None
    org = canonical(m, ctx)
    return (org, m) if org else None


def _matches(text: str) -> Iterator[re.Match[str]]:
    """ORG matches, left to right, not overlapping; ORG is tried only where ORG_START points."""
    end = -1
    for start in P.ORG_START.finditer(text):
        if start.start() < end:
            continue
        m = P.ORG.match(text, start.start())
        if m:
            end = m.end()
            yield m


def find_orgs(text: str, ctx: Context) -> Iterator[tuple[OrgName, re.Match[str]]]:
    """Every real body named in the text, with its match."""
    for m in _matches(text):
        org = canonical(m, ctx)
        if org:
            yield org, m


def collect(text: str, ctx: Context) -> tuple[tuple[Organization, ...], tuple[Warning, ...]]:
    """Every body named in the text, once, in order of first mention; and the names that are
    no body (a fragment such as "Ủy ban nhân dân tỉnh Phùng Thành Vinh"), as warnings."""
    seen: dict[str, Organization] = {}
    rejected: dict[str, Warning] = {}
    for m in _matches(text):
        name = _candidate(m, ctx)
        if name is None:
            continue
        org = as_body(name)
        if org is None:
            if name not in rejected:
                rejected[name] = Warning("rejected_organization", f"{name!r} names no known body",
                                         start=m.start(), end=m.end())  # fmt: skip
        elif org.name not in seen:
            seen[org.name] = Organization(org.name, org.kind, P.SPACES.sub(" ", m.group(0)), m.start(), m.end(),
                                          org.level, org.province)  # fmt: skip
    return tuple(seen.values()), tuple(rejected.values())

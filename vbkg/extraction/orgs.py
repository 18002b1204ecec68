"""Organizations: canonical names with abbreviations expanded and places from context.

In a document of LĐLĐ quận Long Biên, "LĐLĐ Thành phố" is Liên đoàn Lao động thành phố
Hà Nội, "Quận ủy" is Quận ủy Long Biên and "Thành ủy" is Thành ủy Hà Nội (DOMAIN.md §4).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from . import gazetteer as gz
from . import patterns as P
from .gazetteer import fold
from .model import Organization

_LEVELS = {"tinh": "tỉnh", "thanh pho": "thành phố", "tp": "thành phố", "tp.": "thành phố", "quan": "quận",
           "huyen": "huyện", "thi xa": "thị xã"}  # fmt: skip
_COMMITTEE = {"Thành": "Thành ủy", "Tỉnh": "Tỉnh ủy", "Quận": "Quận ủy", "Huyện": "Huyện ủy", "Thị": "Thị ủy",
              "Đảng": "Đảng ủy"}  # fmt: skip
_CODE_OF_COMMITTEE = {"Thành ủy": "TU", "Tỉnh ủy": "TU", "Quận ủy": "QU", "Huyện ủy": "HU", "Đảng ủy": "ĐU"}
_FIXED = {
    "dangdoan": ("Đảng đoàn Tổng Liên đoàn Lao động Việt Nam", "party_group", "ĐĐTLĐ"),
    "tld": ("Tổng Liên đoàn Lao động Việt Nam", "union", "TLĐ"),
    "politburo": ("Bộ Chính trị", "party_central", "TW"),
    "secretariat": ("Ban Bí thư", "party_central", "TW"),
    "central": ("Ban Chấp hành Trung ương Đảng", "party_central", "TW"),
    "pm": ("Thủ tướng Chính phủ", "state", "TTg"),
    "gov": ("Chính phủ", "state", "CP"),
    "ubtvqh": ("Ủy ban Thường vụ Quốc hội", "state", None),
    "qh": ("Quốc hội", "state", None),
}
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Context:
    """What the document tells about where it stands: its province, district and issuer."""

    province: str | None = None
    district: str | None = None
    district_level: str | None = None
    issuer: str | None = None

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


def _local(prefix: str, level: str | None, raw_place: str | None, ctx: Context) -> str | None:
    """`prefix` (Liên đoàn Lao động, Ủy ban nhân dân) + level + place, completed from context."""
    place, printed = _resolve_place(raw_place, ctx)
    if place is not None:
        if place.district:
            return f"{prefix} {level or place.district_level or 'quận'} {place.district}"
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
        return f"{prefix} {level} {ctx.district}"
    if level == "thành phố" and ctx.province in gz.CENTRAL_CITIES:
        return f"{prefix} thành phố {ctx.province}"
    return None


def _level(raw: str | None) -> str | None:
    return _LEVELS.get(fold(raw)) if raw else None


def canonical(m: re.Match[str], ctx: Context) -> OrgName | None:
    """The canonical organization an ORG match names, or None when context cannot tell."""
    kind = m.lastgroup
    if kind in _FIXED:
        return OrgName(*_FIXED[kind])
    if kind == "ldld_all":
        as_printed = _SPACES.sub(" ", m.group(0))
        tail = re.split(r"(?i)lao động |LĐLĐ |LDLĐ |LĐLD |LDLD ", as_printed, maxsplit=1)[-1]
        tail = tail.removeprefix("các ").strip(" ,")
        scope = f" {ctx.province_level} {ctx.province}" if ctx.province else ""
        return OrgName(f"Liên đoàn Lao động các {tail}{scope}", "union_group", None)
    if kind is None:
        return None
    if m.group("ldld") is not None and kind in ("ldld", "level", "place"):
        level, raw_place = _level(m.group("level")), m.group("place")
        if not level and not raw_place:
            if ctx.issuer and ctx.issuer.startswith("Liên đoàn Lao động"):
                return OrgName(ctx.issuer, "union", "LĐLĐ")
            return None
        name = _local("Liên đoàn Lao động", level, raw_place, ctx)
        return OrgName(name, "union", "LĐLĐ") if name else None
    if m.group("committee") is not None:
        body = _COMMITTEE[m.group("ctype")]
        raw = m.group("cplace")
        place, printed = _resolve_place(raw, ctx)
        if body == "Đảng ủy":
            return OrgName(f"Đảng ủy {raw}" if raw else "Đảng ủy", "party_committee", "ĐU") if raw else None
        where: str | None = None
        if place is not None:
            where = (
                place.district
                if body in ("Quận ủy", "Huyện ủy", "Thị ủy") and place.district
                else place.province
            )
        elif printed:
            where = printed
        elif body in ("Thành ủy", "Tỉnh ủy"):
            where = ctx.province
        else:
            where = ctx.district
        if not where:
            return None
        return OrgName(f"{body} {where}", "party_committee", _CODE_OF_COMMITTEE.get(body))
    if m.group("ubnd") is not None:
        name = _local("Ủy ban nhân dân", _level(m.group("ulevel")), m.group("uplace"), ctx)
        return OrgName(name, "state", "UBND") if name else None
    if m.group("cdcs") is not None:
        under = f" thuộc {ctx.issuer}" if ctx.issuer else ""
        return OrgName(f"Công đoàn cơ sở{under}", "union_grassroots", None)
    if m.group("cdn") is not None:
        under = f" thuộc {ctx.issuer}" if ctx.issuer else ""
        return OrgName(f"Công đoàn ngành{under}", "union_branch", None)
    if m.group("cdvc") is not None:
        under = f" thuộc {ctx.issuer}" if ctx.issuer else ""
        return OrgName(f"Công đoàn Viên chức{under}", "union_branch", None)
    if m.group("ministry") is not None:
        return OrgName(_SPACES.sub(" ", m.group("ministry")), "state", None)
    if m.group("tax") is not None:
        return OrgName(_SPACES.sub(" ", m.group("tax")), "state", None)
    return None


def org_at(text: str, pos: int, ctx: Context) -> tuple[OrgName, re.Match[str]] | None:
    """The organization named exactly at `pos`, if any."""
    m = P.ORG.match(text, pos)
    if not m:
        return None
    org = canonical(m, ctx)
    return (org, m) if org else None


def find_orgs(text: str, ctx: Context) -> Iterator[tuple[OrgName, re.Match[str]]]:
    end = -1
    for start in P.ORG_START.finditer(text):
        if start.start() < end:
            continue
        m = P.ORG.match(text, start.start())
        if m:
            end = m.end()
            org = canonical(m, ctx)
            if org:
                yield org, m


def collect(text: str, ctx: Context) -> tuple[Organization, ...]:
    """Every organization named in the text, once, in order of first mention."""
    seen: dict[str, Organization] = {}
    for org, m in find_orgs(text, ctx):
        if org.name not in seen:
            seen[org.name] = Organization(
                org.name, org.kind, _SPACES.sub(" ", m.group(0)), m.start(), m.end()
            )
    return tuple(seen.values())

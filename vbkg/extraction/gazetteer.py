"""Provinces and districts as the documents name them (before the July 2025 reform).

Read once, lazily, from the `vietnam-provinces` 0.6 package data; the extraction
functions treat it as a static table, like a compiled pattern.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# The centrally-run cities: their Party committee is a Thành ủy, their level "thành phố".
CENTRAL_CITIES = frozenset({"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"})
ABBREVIATIONS = {
    "HN": "Hà Nội",
    "HCM": "Hồ Chí Minh",
    "TPHCM": "Hồ Chí Minh",
    "HP": "Hải Phòng",
    "ĐN": "Đà Nẵng",
    "Thừa Thiên Huế": "Huế",
    "Thừa Thiên - Huế": "Huế",
    "Bà Rịa Vũng Tàu": "Bà Rịa - Vũng Tàu",
}
# Level words before a place, folded -> as printed: "tỉnh Lai Châu", "quận Long Biên"; and
# their abbreviations, which organization names use but header lines spell out.
LEVELS = {"tinh": "tỉnh", "thanh pho": "thành phố", "quan": "quận", "huyen": "huyện", "thi xa": "thị xã"}
LEVEL_ABBREVIATIONS = {"tp": "thành phố", "tp.": "thành phố"}
_PREFIXES = ("Thành phố ", "Tỉnh ", "Quận ", "Huyện ", "Thị xã ")

# The July 2025 merger of provinces (Resolution 202/2025/QH15): old province -> the province
# it became part of. Derived from vietnam-provinces 2025.10.1 (the post-reform tree, 34
# provinces) by matching its ward codes with the ward codes of 0.6 (the tree read above):
# every old province's wards fall, by majority, into exactly one new province, and no old
# district is split. The 34 new names are all old names, so look-ups need nothing more; one
# package version can be installed at a time, hence this table of the 29 that changed.
MERGED_2025 = {
    "Hà Giang": "Tuyên Quang", "Bắc Kạn": "Thái Nguyên", "Yên Bái": "Lào Cai", "Hoà Bình": "Phú Thọ",
    "Bắc Giang": "Bắc Ninh", "Vĩnh Phúc": "Phú Thọ", "Hải Dương": "Hải Phòng", "Thái Bình": "Hưng Yên",
    "Hà Nam": "Ninh Bình", "Nam Định": "Ninh Bình", "Quảng Bình": "Quảng Trị", "Quảng Nam": "Đà Nẵng",
    "Bình Định": "Gia Lai", "Phú Yên": "Đắk Lắk", "Ninh Thuận": "Khánh Hòa", "Bình Thuận": "Lâm Đồng",
    "Kon Tum": "Quảng Ngãi", "Đắk Nông": "Lâm Đồng", "Bình Phước": "Đồng Nai", "Bình Dương": "Hồ Chí Minh",
    "Bà Rịa - Vũng Tàu": "Hồ Chí Minh", "Long An": "Tây Ninh", "Tiền Giang": "Đồng Tháp",
    "Bến Tre": "Vĩnh Long", "Trà Vinh": "Vĩnh Long", "Kiên Giang": "An Giang", "Hậu Giang": "Cần Thơ",
    "Sóc Trăng": "Cần Thơ", "Bạc Liêu": "Cà Mau",
}  # fmt: skip


@dataclass(frozen=True)
class Place:
    """A province (district is None) or a district of a province."""

    province: str
    district: str | None = None
    district_level: str | None = None  # "quận", "huyện", "thị xã", "thành phố"

    @property
    def province_level(self) -> str:
        return "thành phố" if self.province in CENTRAL_CITIES else "tỉnh"


# The combining marks Vietnamese letters decompose into (NFD): grave, acute, circumflex,
# tilde, breve, hook above, horn, dot below. All are category Mn.
_VIETNAMESE_MARKS = "\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323"


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, no diacritics, đ = d, single spaces: the key for name look-ups."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_only = decomposed.encode("ascii", "ignore")
    # Fast path (4x, in every search-index write): when all that the ASCII encoding dropped
    # are Vietnamese marks, it dropped exactly the Mn characters the definition removes.
    if len(decomposed) - len(ascii_only) == sum(decomposed.count(m) for m in _VIETNAMESE_MARKS):
        return " ".join(ascii_only.decode("ascii").lower().split())
    return fold_by_category(text)


def fold_by_category(text: str) -> str:
    """`fold` by its definition, character by character: any text, any script."""
    text = text.replace("đ", "d").replace("Đ", "D")
    stripped = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
    return " ".join(stripped.lower().split())


def _strip_prefix(name: str) -> tuple[str, str | None]:
    for prefix in _PREFIXES:
        if name.startswith(prefix):
            return name[len(prefix) :], prefix.strip().lower()
    return name, None


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, Place], dict[str, list[Place]]]:
    data_file = resources.files("vietnam_provinces") / "data" / "nested-divisions.json"
    data = json.loads(data_file.read_text(encoding="utf-8"))
    provinces: dict[str, Place] = {}
    districts: dict[str, list[Place]] = {}
    for province in data:
        pname, _ = _strip_prefix(province["name"])
        provinces[fold(pname)] = Place(pname)
        for district in province.get("districts", []):
            dname, level = _strip_prefix(district["name"])
            districts.setdefault(fold(dname), []).append(Place(pname, dname, level))
    for short, full in ABBREVIATIONS.items():
        provinces[fold(short)] = provinces[fold(full)]
    return provinces, districts


@lru_cache(maxsize=8192)
def province(name: str) -> Place | None:
    return _tables()[0].get(fold(name))


@lru_cache(maxsize=8192)
def district(name: str, in_province: str | None = None) -> Place | None:
    """A district by name; an ambiguous name needs the province to decide."""
    found = _tables()[1].get(fold(name), [])
    if in_province:
        found = [p for p in found if p.province == in_province] or []
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=8192)
def lookup(name: str, in_province: str | None = None) -> Place | None:
    """A place name as printed ("Long Biên", "Lai Châu", "HN"): district or province."""
    return province(name) or district(name, in_province)


def province_2025(name: str) -> str:
    """The province a pre-July-2025 province belongs to after the merger (itself if unchanged)."""
    return MERGED_2025.get(name, name)

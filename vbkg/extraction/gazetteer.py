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
}
_PREFIXES = ("Thành phố ", "Tỉnh ", "Quận ", "Huyện ", "Thị xã ")


@dataclass(frozen=True)
class Place:
    """A province (district is None) or a district of a province."""

    province: str
    district: str | None = None
    district_level: str | None = None  # "quận", "huyện", "thị xã", "thành phố"

    @property
    def province_level(self) -> str:
        return "thành phố" if self.province in CENTRAL_CITIES else "tỉnh"


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, no diacritics, đ = d, single spaces: the key for name look-ups."""
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

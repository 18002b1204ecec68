"""The organization vocabulary: which names are bodies, what kind and level, and their parent.

One table (CENTRAL) holds every named central body and office with its issuer code, kind,
level and parent; codes.ISSUER_NAMES and the issuer look-ups of orgs.py derive from it.
Local bodies (a provincial or district federation, committee, people's committee) are
described from their canonical name and the gazetteer. `describe` is the one test of
"is this a body": a fragment, a sentence or a job title without its body is not.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from . import gazetteer as gz
from . import patterns as P
from .gazetteer import fold

PARTY, STATE, UNION, MASS, OFFICE = "party", "state", "union", "mass", "office"
CENTRAL_LEVEL, PROVINCE, DISTRICT, COMMUNE, GRASSROOTS = (
    "central",
    "province",
    "district",
    "commune",
    "grassroots",
)

BCH_TW = "Ban Chấp hành Trung ương Đảng"
TLD = "Tổng Liên đoàn Lao động Việt Nam"
CP = "Chính phủ"
QH = "Quốc hội"
BTC = "Bộ Tài chính"


@dataclass(frozen=True)
class Central:
    """A named central body or office: its name, issuer code, kind, parent and other spellings."""

    name: str
    code: str | None
    kind: str
    parent: str | None = None
    aliases: tuple[str, ...] = ()
    since: str | None = None  # founded then (ISO date): before it, the name meant another body


# The central Cục Thuế and Cục Hải quan replaced Tổng cục Thuế and Tổng cục Hải quan on 1 March
# 2025; before that, "Cục Thuế" was each province's tax department.
REFORM_2025 = "2025-03-01"


def _ministry(name: str, code: str | None, *aliases: str) -> Central:
    return Central(name, code, STATE, CP, aliases)


# fmt: off
CENTRAL: tuple[Central, ...] = (
    Central(BCH_TW, "TW", PARTY, None, ("Ban Chấp hành Trung ương", "BCH Trung ương", "Trung ương Đảng",
                                         "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam")),
    Central("Bộ Chính trị", "TW", PARTY, BCH_TW),
    Central("Ban Bí thư", "TW", PARTY, BCH_TW, ("Ban Bí thư Trung ương Đảng",)),
    Central("Văn phòng Trung ương Đảng", "VPTW", PARTY, BCH_TW),
    Central("Ban Tổ chức Trung ương", "BTCTW", PARTY, BCH_TW),
    Central("Ban Tuyên giáo Trung ương", "BTGTW", PARTY, BCH_TW),
    Central("Ban Dân vận Trung ương", "BDVTW", PARTY, BCH_TW),
    Central("Ban Tuyên giáo và Dân vận Trung ương", "BTGDVTW", PARTY, BCH_TW),
    Central("Ủy ban Kiểm tra Trung ương", "UBKTTW", PARTY, BCH_TW),
    Central("Đảng đoàn Tổng Liên đoàn Lao động Việt Nam", "ĐĐTLĐ", PARTY, BCH_TW,
            ("Đảng đoàn Tổng Liên đoàn", "Đảng đoàn Tổng Liên đoàn Lao động", "Đảng đoàn TLĐ")),
    Central(TLD, "TLĐ", UNION, None, ("Tổng Liên đoàn", "Tổng Liên đoàn Lao động", "Tổng LĐLĐ",
                                      "Tổng LĐLĐ Việt Nam", "Tổng Liên đoàn Việt Nam")),
    Central("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", None, MASS, None,
            ("Mặt trận Tổ quốc Việt Nam", "Ủy ban Mặt trận Tổ quốc Việt Nam")),
    Central(QH, None, STATE),
    Central("Ủy ban Thường vụ Quốc hội", None, STATE, QH),
    Central(CP, "CP", STATE),
    Central("Thủ tướng Chính phủ", "TTg", OFFICE, CP, ("Thủ tướng",)),
    Central("Văn phòng Chính phủ", "VPCP", STATE, CP),
    Central("Thanh tra Chính phủ", "TTCP", STATE, CP),
    Central("Kiểm toán Nhà nước", "KTNN", STATE, None, ("Kiểm toán nhà nước",)),
    Central("Bảo hiểm xã hội Việt Nam", "BHXH", STATE, None, ("Bảo hiểm xã hội Việt nam",)),
    Central("Tòa án nhân dân tối cao", "TANDTC", STATE),
    Central("Viện kiểm sát nhân dân tối cao", "VKSNDTC", STATE),
    _ministry(BTC, "BTC"),
    _ministry("Bộ Lao động - Thương binh và Xã hội", "BLĐTBXH", "Bộ Lao động Thương binh và Xã hội"),
    _ministry("Bộ Giáo dục và Đào tạo", "BGDĐT"),
    _ministry("Bộ Nội vụ", "BNV"),
    _ministry("Bộ Tư pháp", "BTP"),
    _ministry("Bộ Y tế", "BYT"),
    _ministry("Bộ Công an", "BCA"),
    _ministry("Bộ Quốc phòng", "BQP"),
    _ministry("Bộ Ngoại giao", "BNG"),
    _ministry("Ngân hàng Nhà nước Việt Nam", "NHNN", "Ngân hàng Nhà nước"),
    _ministry("Bộ Kế hoạch và Đầu tư", "BKHĐT"),
    _ministry("Bộ Công Thương", "BCT"),
    _ministry("Bộ Công nghiệp", None),
    _ministry("Bộ Xây dựng", "BXD"),
    _ministry("Bộ Tài nguyên và Môi trường", "BTNMT"),
    _ministry("Bộ Nông nghiệp và Phát triển nông thôn", "BNNPTNT"),
    _ministry("Bộ Nông nghiệp và Môi trường", "BNNMT"),
    _ministry("Bộ Thông tin và Truyền thông", "BTTTT"),
    _ministry("Bộ Văn hóa, Thể thao và Du lịch", "BVHTTDL", "Bộ Văn hóa Thể thao và Du lịch"),
    _ministry("Bộ Giao thông vận tải", "BGTVT"),
    _ministry("Bộ Khoa học và Công nghệ", "BKHCN"),
    _ministry("Bộ Dân tộc và Tôn giáo", "BDTTG"),
    _ministry("Ủy ban Dân tộc", "UBDT"),
    Central("Tổng cục Thuế", "TCT", STATE, BTC),
    Central("Tổng cục Hải quan", "TCHQ", STATE, BTC),
    Central("Cục Thuế", None, STATE, BTC, since=REFORM_2025),
    Central("Cục Hải quan", "CHQ", STATE, BTC, since=REFORM_2025),
    Central("Ủy ban Chứng khoán Nhà nước", "UBCKNN", STATE, BTC),
    Central("Tổng cục Du lịch", None, STATE, "Bộ Văn hóa, Thể thao và Du lịch"),
    Central("Cục Văn thư và Lưu trữ nhà nước", None, STATE, "Bộ Nội vụ"),
)
# fmt: on

_BY_FOLD: dict[str, Central] = {}
for _c in CENTRAL:
    for _n in (_c.name, *_c.aliases):
        _BY_FOLD[fold(_n)] = _c


def central(name: str) -> Central | None:
    """The central body or office a name (any spelling, any case) stands for."""
    return _BY_FOLD.get(fold(name))


def existed(name: str, date: str | None) -> bool:
    """Whether the central body `name` stands for existed on `date` (unknown: only if always)."""
    c = _BY_FOLD.get(fold(name))
    if c is None or c.since is None:
        return True
    return date is not None and date >= c.since


def issuer_names() -> dict[str, str]:
    """Issuer codes that name exactly one body -> its name (codes.ISSUER_NAMES); TW, shared
    by the Central Committee, the Politburo and the Secretariat, names none."""
    codes = [c.code for c in CENTRAL if c.code]
    return {c.code: c.name for c in CENTRAL if c.code and codes.count(c.code) == 1}


@dataclass(frozen=True)
class Body:
    """A real body (or a person-office), as the graph keeps it."""

    name: str
    kind: str
    level: str
    parent: str | None = None
    province: str | None = None  # as named before the July 2025 merger
    place: gz.Place | None = None  # where a local body sits (province, and district below it)

    @property
    def province_2025(self) -> str | None:
        return gz.province_2025(self.province) if self.province else None


# Local bodies by folded prefix: canonical prefix, kind, and the body a province-level one
# belongs to. A district-level one belongs to the same body of its province.
_LOCAL = {
    "lien doan lao dong": ("Liên đoàn Lao động", UNION, TLD),
    "ldld": ("Liên đoàn Lao động", UNION, TLD),
    "uy ban nhan dan": ("Ủy ban nhân dân", STATE, CP),
    "ubnd": ("Ủy ban nhân dân", STATE, CP),
    # A provincial council stands under the Standing Committee of the National Assembly,
    # which guides and supervises the councils (Law on the Organization of the NA, art. 53).
    "hoi dong nhan dan": ("Hội đồng nhân dân", STATE, "Ủy ban Thường vụ Quốc hội"),
    "hdnd": ("Hội đồng nhân dân", STATE, "Ủy ban Thường vụ Quốc hội"),
    "cuc thue": ("Cục Thuế", STATE, "Cục Thuế"),
    "cuc hai quan": ("Cục Hải quan", STATE, "Cục Hải quan"),
}
_COMMITTEES = {"tinh uy": "Tỉnh ủy", "thanh uy": "Thành ủy", "quan uy": "Quận ủy", "huyen uy": "Huyện ủy",
               "thi uy": "Thị ủy"}  # fmt: skip
_DISTRICT_COMMITTEE = {"quận": "Quận ủy", "huyện": "Huyện ủy", "thị xã": "Thị ủy", "thành phố": "Thành ủy"}
_LEVEL_WORDS = tuple(f"{w} " for w in (*gz.LEVELS, *gz.LEVEL_ABBREVIATIONS))
# Offices held by a person: "Bộ trưởng Bộ Tài chính", "Chủ tịch Ủy ban nhân dân tỉnh Đồng Tháp".
_OFFICES = {"bo truong": "Bộ trưởng", "thong doc": "Thống đốc", "tong cuc truong": "Tổng cục trưởng",
            "cuc truong": "Cục trưởng", "chu tich": "Chủ tịch", "bi thu": "Bí thư"}  # fmt: skip
_UNDER_NAMES = {"cong doan co so": "Công đoàn cơ sở", "cong doan nganh": "Công đoàn ngành",
                "cong doan vien chuc": "Công đoàn Viên chức"}  # fmt: skip


def _place(rest: str) -> gz.Place | None:
    """The place a folded name ends with: "long bien", "tinh lai chau", "quan 5",
    "huyen chau thanh, tinh tien giang" (a district name several provinces share)."""
    level = ""
    for word in _LEVEL_WORDS:
        if rest.startswith(word):
            rest, level = rest[len(word) :], word
            break
    if not rest or (rest.isdigit() and level != "quan "):
        return None  # a number is a place only after "quận" (Quận 1)
    found = gz.lookup(rest)
    if found is None:
        m = P.DISTRICT_IN_PROVINCE.match(rest)
        province = gz.province(m.group("province")) if m else None
        if m and province:
            found = gz.district(m.group("district"), province.province)
    return found


def district_label(place: gz.Place) -> str:
    """A district as a name says it: "Long Biên", or "Châu Thành, tỉnh Tiền Giang" when the
    name alone is shared by districts of several provinces."""
    assert place.district is not None
    if gz.district(place.district) is not None:
        return place.district
    return f"{place.district}, {place.province_level} {place.province}"


def _province_body(prefix: str, kind: str, parent: str | None, province: str) -> Body:
    level_word = "thành phố" if province in gz.CENTRAL_CITIES else "tỉnh"
    return Body(f"{prefix} {level_word} {province}", kind, PROVINCE, parent, province, gz.Place(province))


def _committee(place: gz.Place) -> Body:
    if place.district and place.district_level:
        word = _DISTRICT_COMMITTEE.get(place.district_level, "Huyện ủy")
        return Body(f"{word} {district_label(place)}", PARTY, DISTRICT, _committee(gz.Place(place.province)).name,
                    place.province, place)  # fmt: skip
    word = "Thành ủy" if place.province in gz.CENTRAL_CITIES else "Tỉnh ủy"
    return Body(f"{word} {place.province}", PARTY, PROVINCE, BCH_TW, place.province, gz.Place(place.province))


def _local(prefix: str, kind: str, top: str | None, place: gz.Place) -> Body:
    up = _province_body(prefix, kind, top, place.province)
    if place.district is None:
        return up
    level_word = place.district_level or "huyện"
    return Body(
        f"{prefix} {level_word} {district_label(place)}", kind, DISTRICT, up.name, place.province, place
    )


@lru_cache(maxsize=16384)
def describe(name: str) -> Body | None:
    """The body a name stands for, canonically named; None when it names no body."""
    printed = " ".join(name.split()).strip(" .,;:-")
    folded = fold(printed)
    c = _BY_FOLD.get(folded)
    if c is not None:
        return Body(c.name, c.kind, CENTRAL_LEVEL, c.parent)
    for key, word in _COMMITTEES.items():
        if folded.startswith(key + " "):
            place = _place(folded[len(key) + 1 :])
            if place is None or (word in ("Quận ủy", "Huyện ủy", "Thị ủy") and place.district is None):
                return None
            return _committee(place)
    if folded.startswith("dang uy "):
        body = describe(folded[len("dang uy ") :])
        if body is None or body.kind in (PARTY, OFFICE):
            return None
        parent = BCH_TW
        if body.province:
            parent = _committee(gz.lookup(body.province) or gz.Place(body.province)).name
        return Body(f"Đảng ủy {body.name}", PARTY, body.level, parent, body.province, body.place)
    group = P.ORG_GROUP_NAME.match(folded)
    if group:
        province = gz.province(group.group("place"))
        if province is None:
            return None
        up = _province_body("Liên đoàn Lao động", UNION, TLD, province.province)
        # the tail as printed ("huyện, thành phố"); folding keeps offsets of NFC text
        tail = (
            printed[group.start("tail") : group.end("tail")] if len(printed) == len(folded) else group["tail"]
        )
        return Body(f"Liên đoàn Lao động các {tail.lower()} {up.name.split(' ', 4)[-1]}", UNION, DISTRICT,
                    up.name, province.province, province)  # fmt: skip
    under = P.ORG_UNDER_NAME.match(folded)
    if under:
        body = describe(under.group("body"))
        if body is None or body.kind != UNION:
            return None
        below = {CENTRAL_LEVEL: PROVINCE, PROVINCE: DISTRICT}  # the branch unions of TLĐ rank as a province's
        level = GRASSROOTS if under.group("what") == "cong doan co so" else below.get(body.level, GRASSROOTS)
        return Body(f"{_UNDER_NAMES[under.group('what')]} thuộc {body.name}", UNION, level, body.name, body.province,
                    body.place)  # fmt: skip
    for key, (prefix, kind, top) in sorted(_LOCAL.items(), key=lambda kv: -len(kv[0])):
        if folded.startswith(key + " "):
            place = _place(folded[len(key) + 1 :])
            if place is not None and top in ("Cục Thuế", "Cục Hải quan"):
                place = gz.Place(place.province)  # a tax or customs department serves a province
            return _local(prefix, kind, top, place) if place else None
    for key, office in _OFFICES.items():
        if folded.startswith(key + " "):
            body = describe(folded[len(key) + 1 :])
            if body is None or body.kind == OFFICE:
                return None
            return Body(f"{office} {body.name}", OFFICE, body.level, body.name, body.province)
    return None


def canonical_name(name: str) -> str | None:
    body = describe(name)
    return body.name if body else None


def ancestors(name: str) -> list[str]:
    """The bodies above `name` in the organizational tree, nearest first."""
    chain: list[str] = []
    body = describe(name)
    while body is not None and body.parent and body.parent not in chain and len(chain) < 10:
        chain.append(body.parent)
        body = describe(body.parent)
    return chain


def superiors(name: str) -> set[str]:
    """Whom a body answers to: the bodies above it, and the Party committee of its level and
    place with the committees above that ("each federation also answers to the Party
    committee of its level", DOMAIN.md §4)."""
    body = describe(name)
    if body is None:
        return set()
    above = set(ancestors(body.name))
    if body.kind != PARTY and body.place is not None and body.level in (PROVINCE, DISTRICT):
        committee = _committee(body.place)
        above |= {committee.name, *ancestors(committee.name)}
    return above

"""The signature block: who signed, in which capacity, and for which central Party body."""

from __future__ import annotations

from . import patterns as P
from .model import Signer

_NEAR_RECIPIENTS = 3000
_PARTY_BODIES = {"BỘ CHÍNH TRỊ": "Bộ Chính trị", "BAN BÍ THƯ": "Ban Bí thư",
                 "BAN CHẤP HÀNH TRUNG ƯƠNG": "Ban Chấp hành Trung ương Đảng"}  # fmt: skip


def _position(raw: str) -> str | None:
    s = " ".join(raw.split())
    if P.PARTY_SIGNED_FOR.match(s):
        return None  # "T/M BỘ CHÍNH TRỊ" names the body signed for, not an office
    s = s.lower().replace("chủ tịch", "Chủ tịch").replace("bí thư", "Bí thư")
    return s[0].upper() + s[1:]


def _name_at(text: str, pos: int) -> str | None:
    """The person's name opening the line at `pos`: each word a capitalised syllable."""
    m = P.PERSON_NAME.match(text, pos)
    if m is None:
        return None
    words = m.group("name").split()
    if P.LOWER_CASE_NEXT.match(text, m.end()):
        words = words[:-1]  # "Đào Thu Hương Ghi chú:": the last word opens other text
    kept: list[str] = []
    for w in words:
        if not P.VIET_SYLLABLE.fullmatch(w.lower()):
            break  # "Cao Anh Tuấn Circular No. ...": an English translation follows
        kept.append(w)
    return " ".join(kept) if 2 <= len(kept) <= 5 else None


def _candidates(text: str) -> list[tuple[int, Signer, str]]:
    found: list[tuple[int, Signer, str]] = []
    for pos in P.SIGNER_POSITION.finditer(text):
        after = pos.end()
        while after < len(text) and text[after] in " \t\n*":
            after += 1
        name = _name_at(text, after)
        if name:
            found.append((pos.start(), Signer(name, _position(pos.group("position"))), pos.group("position")))
    return found


def _chosen(text: str, body_start: int) -> tuple[int, Signer, str] | None:
    """The document's own signature: the block nearest its "Nơi nhận", else the last one.

    An appendix may follow the signature, so the signature is not always near the end.
    """
    found = [c for c in _candidates(text) if c[0] >= body_start]
    if not found:
        return None
    recipients = P.RECIPIENTS_HEAD.search(text, body_start)
    if recipients:
        near = [c for c in found if abs(c[0] - recipients.start()) <= _NEAR_RECIPIENTS]
        if near:
            return min(near, key=lambda c: abs(c[0] - recipients.start()))
    return found[-1]


def find_signer(text: str, body_start: int = 0) -> Signer | None:
    chosen = _chosen(text, body_start)
    return chosen[1] if chosen else None


def party_body_signed_for(text: str, body_start: int = 0) -> str | None:
    """ "T/M BỘ CHÍNH TRỊ" just before the signature -> "Bộ Chính trị"."""
    chosen = _chosen(text, body_start)
    end = chosen[0] + len(chosen[2]) if chosen else len(text)
    found = list(P.PARTY_SIGNED_FOR.finditer(text, max(body_start, end - 400), end))
    return _PARTY_BODIES.get(" ".join(found[-1].group("body").split())) if found else None

"""Bytes to text: BOMs, UTF-16, UTF-8, Windows-1258 and the legacy font encodings.

Vietnamese documents still arrive in TCVN3 (ABC, ".VnTime" fonts) and VNI, either as raw
8-bit bytes or as UTF-8 text whose letters are the font's glyphs ("ViÖt Nam", "Vieät
Nam"). Both are detected and converted; when the evidence is too weak to choose, the file
is refused with a message that names the encoding it looks like.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .errors import LoaderError
from .legacy_tables import TCVN3_HIGH, VNI_SEQUENCES

_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or b > 13)  # not tab, line breaks, form feed

# Frequent Vietnamese syllables; their density tells a right decoding from a wrong one.
_COMMON = re.compile(
    r"\b(?:của|và|các|những|được|trong|người|ngày|năm|thực|hiện|việc|với|theo|công|"
    r"nhân|động|đoàn|quyết|định|tỉnh|không|này|cho|đến|số|về|có|là)\b",
    re.IGNORECASE,
)
# Glyphs that TCVN3 text shows when read as Windows-1252 (¸ µ ¶ · ¹ are a-with-tone).
_TCVN3_GLYPHS = re.compile(r"[¸µ¶·¹¨©ª«¬­®ÖÕÞÐÑ][a-zA-Z]|[a-zA-Z][¸µ¶·¹ÖÕ×Þßãäåæçèéêëìíîïðñòóôõö÷øùúûüýþ]")
# VNI shows a base vowel followed by an accent glyph: "aø", "eä", "oâ", "ñ".
_VNI_GLYPHS = re.compile(r"[aeouyAEOUY][ùøûõïâáàåãäêéèúüë]|[ôöñ](?=[a-z ])")
_VIET_LETTERS = re.compile(r"[ăâêôơưđĂÂÊÔƠƯĐ\u1ea0-\u1ef9]")
_VNI_RE = re.compile("|".join(re.escape(k) for k in VNI_SEQUENCES))
_TCVN3_TRANS = {0x80 + i: ch for i, ch in enumerate(TCVN3_HIGH)}


@dataclass(frozen=True)
class Decoded:
    """Decoded text and the encoding it was read as."""

    text: str
    encoding: str


def decode_tcvn3(data: bytes) -> str:
    return unicodedata.normalize("NFC", data.decode("latin-1").translate(_TCVN3_TRANS))


def decode_vni(text: str) -> str:
    """Convert VNI glyph text (already read as Windows-1252) to Unicode."""
    return unicodedata.normalize("NFC", _VNI_RE.sub(lambda m: VNI_SEQUENCES[m.group(0)], text))


def _score(text: str) -> float:
    words = max(1, text.count(" ") + 1)
    return len(_COMMON.findall(text)) / words


def _to_cp1252_bytes(text: str) -> bytes:
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            out += ch.encode("latin-1", errors="replace")
    return bytes(out)


def _glyph_density(pattern: re.Pattern[str], text: str) -> float:
    sample = text[:20000]
    return len(pattern.findall(sample)) / max(1, len(sample) / 100)


def _fix_glyph_text(text: str, source: str) -> Decoded:
    """UTF-8 text typed in a legacy font: convert when it clearly is one."""
    sample = text[:20000]
    viet = len(_VIET_LETTERS.findall(sample)) / max(1, len(sample) / 100)
    tcvn, vni = _glyph_density(_TCVN3_GLYPHS, text), _glyph_density(_VNI_GLYPHS, text)
    if viet > 1.0 or max(tcvn, vni) < 1.0:
        return Decoded(text, "utf-8")
    candidates = {
        "tcvn3": decode_tcvn3(_to_cp1252_bytes(text)),
        "vni": decode_vni(text),
    }
    best = max(candidates, key=lambda k: _score(candidates[k]))
    if _score(candidates[best]) < 0.05:
        looks = "TCVN3 (ABC)" if tcvn >= vni else "VNI"
        raise LoaderError(source, f"text looks like {looks} font encoding and could not be converted")
    return Decoded(candidates[best], f"utf-8 ({best} glyphs)")


def decode_bytes(data: bytes, source: str) -> Decoded:
    """Decode a text file's bytes, detecting the encoding; LoaderError when impossible."""
    if not data.strip():
        raise LoaderError(source, "file is empty")
    if data.startswith(b"\xef\xbb\xbf"):
        return _fix_glyph_text(data[3:].decode("utf-8", errors="replace"), source)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Decoded(data.decode("utf-16"), "utf-16")
    head = data[:4096]
    nuls = head.count(0)
    if nuls > len(head) // 10:
        odd = head[1::2].count(0)
        even = head[0::2].count(0)
        if odd > len(head) // 4 and even < odd // 8:
            return Decoded(data.decode("utf-16-le", errors="replace"), "utf-16-le")
        if even > len(head) // 4 and odd < even // 8:
            return Decoded(data.decode("utf-16-be", errors="replace"), "utf-16-be")
        raise LoaderError(source, "looks like a binary file, not text")
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))  # counted in C
    if controls > len(head) // 20:
        raise LoaderError(source, "looks like a binary file, not text")
    try:
        return _fix_glyph_text(data.decode("utf-8"), source)
    except UnicodeDecodeError:
        pass
    candidates = {
        "windows-1258": unicodedata.normalize("NFC", data.decode("cp1258", errors="replace")),
        "tcvn3": decode_tcvn3(data),
        "vni": decode_vni(data.decode("cp1252", errors="replace")),
    }
    scores = {name: _score(text) for name, text in candidates.items()}
    best = max(scores, key=lambda k: scores[k])
    ranked = sorted(scores.values(), reverse=True)
    if scores[best] < 0.05 or ranked[0] < ranked[1] * 1.5:
        raise LoaderError(
            source,
            f"not UTF-8; looks like {best} but the evidence is weak "
            f"({', '.join(f'{k}={v:.2f}' for k, v in scores.items())}); convert it to UTF-8",
        )
    return Decoded(candidates[best], best)

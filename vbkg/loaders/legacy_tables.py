"""Byte tables for the legacy Vietnamese 8-bit encodings.

TCVN3 (ABC, the .VnTime fonts) is TCVN 5712:1993; the upper half below was generated
from glibc's iconv table (``iconv -f TCVN5712-1 -t UTF-8``, one byte at a time), so it is
the standard's mapping, not a hand-typed one. Positions 0xB0-0xB4 are combining marks.
"""

# Unicode text for bytes 0x80..0xFF in TCVN 5712 (TCVN3/ABC). ASCII is unchanged.
TCVN3_HIGH = (
    "ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨ"  # 0x80
    "ÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ"  # 0x90
    "\xa0ĂÂÊÔƠƯĐăâêôơưđẰ"  # 0xA0
    "̣̀̉̃́àảãáạẲằẳẵắẴ"  # 0xB0
    "ẮẦẨẪẤỀặầẩẫấậèỂẻẽ"  # 0xC0
    "éẹềểễếệìỉỄẾỒĩíịò"  # 0xD0
    "Ổỏõóọồổỗốộờởỡớợù"  # 0xE0
    "ỖủũúụừửữứựỳỷỹýỵỐ"  # 0xF0
)

assert len(TCVN3_HIGH) == 128


def _vni_pairs() -> dict[str, str]:
    """VNI-Windows: a base letter followed by a cp1252 accent glyph, e.g. "Vieät" = "Việt"."""
    plain_tones = {"ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
    hat_tones = {"â": "", "á": "\u0301", "à": "\u0300", "å": "\u0309", "ã": "\u0303", "ä": "\u0323"}
    breve_tones = {"ê": "", "é": "\u0301", "è": "\u0300", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323"}
    table: dict[str, str] = {}
    for upper in (False, True):

        def case(s: str, up: bool = upper) -> str:
            return s.upper() if up else s

        for base in "aeouy":
            for glyph, mark in plain_tones.items():
                table[case(base) + case(glyph)] = case(base) + mark
        for base in "aeo":
            for glyph, mark in hat_tones.items():
                table[case(base) + case(glyph)] = case(base) + "\u0302" + mark
        for glyph, mark in breve_tones.items():
            table[case("a") + case(glyph)] = case("a") + "\u0306" + mark
        # horn vowels are single glyphs: ô = ơ, ö = ư, with a tone glyph after them
        for glyph, horn in (("ô", "o"), ("ö", "u")):
            table[case(glyph)] = case(horn) + "\u031b"
            for tone, mark in plain_tones.items():
                table[case(glyph) + case(tone)] = case(horn) + "\u031b" + mark
        for glyph, value in (
            ("í", "í"),
            ("ì", "ì"),
            ("æ", "ỉ"),
            ("ó", "ĩ"),
            ("ò", "ị"),
            ("î", "ỵ"),
            ("ñ", "đ"),
        ):
            table[case(glyph)] = case(value)
    return table


# Longest sequences first so that "oâ" (ô) wins over "ô" (ơ).
VNI_SEQUENCES = dict(sorted(_vni_pairs().items(), key=lambda kv: -len(kv[0])))

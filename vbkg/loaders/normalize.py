"""Text normalisation: NFC, one tone-mark placement, plain spaces.

Every character span vbkg reports points into the text *after* this function.
"""

from __future__ import annotations

import re
import unicodedata

# Old-style placement puts the tone on the second vowel of an open "oa/oe/uy" syllable
# ("hoá", "uỷ"); the form the documents' headers use, and vbkg keeps, is on the first
# ("hóa", "ủy"). Both are NFC, so NFC alone does not unify them. "quý" keeps its mark:
# there "qu" is the consonant. Works on NFC text, so no whole-text decomposition is needed.
_TONED_A_E = "àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ"
_TONED_Y = "ỳýỷỹỵỲÝỶỸỴ"
# Lookaround-free, so the engine skips fast; the syllable checks happen in _move_tone.
_OLD_STYLE = re.compile(rf"[oO][{_TONED_A_E}]|[uU][{_TONED_Y}]")
# str.translate is slow on non-ASCII text; these characters are rare, so substitute them.
_ODD_CHARS = re.compile("[\u00a0\u2007\u202f\r\u200b\u200c\u200d\u2060\ufeff]")
_REPLACE = {"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\r": "\n"}


def _move_tone(m: re.Match[str]) -> str:
    text, start, end = m.string, m.start(), m.end()
    if end < len(text) and (text[end].isalpha()):
        return m.group(0)  # "hoàn", "ngoài": a closed syllable keeps its mark
    first, toned = text[start], text[start + 1]
    if first in "uU" and start > 0 and text[start - 1] in "qQ":
        return m.group(0)  # "quý"
    parts = unicodedata.normalize("NFD", toned)
    return unicodedata.normalize("NFC", first + parts[1]) + parts[0]


def normalize_text(text: str) -> str:
    """NFC, tone marks on one place, CRLF to LF, no zero-width characters, NBSP to space."""
    text = text.replace("\r\n", "\n")
    if _ODD_CHARS.search(text):
        text = _ODD_CHARS.sub(lambda m: _REPLACE.get(m.group(0), ""), text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return _OLD_STYLE.sub(_move_tone, text)

"""Text normalisation: NFC, one tone-mark placement, plain spaces.

Every character span vbkg reports points into the text *after* this function.
"""

from __future__ import annotations

import re
import unicodedata

# Old-style placement puts the tone on the second vowel of an open "oa/oe/uy" syllable
# ("hoá", "uỷ"); the form used by the documents' own headers and by vbkg is on the first
# ("hóa", "ủy"). Both are NFC, so NFC alone does not unify them. "quý" keeps its mark:
# there "qu" is the consonant.
_OLD_STYLE = re.compile(
    r"([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])(?![^\W\d_])",
)
_DROP = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\r": "\n"})


def _move_tone(m: re.Match[str]) -> str:
    first, second, tone = m.group(1), m.group(2), m.group(3)
    start = m.start()
    text = m.string
    # "qu" + y: the u belongs to the consonant, the tone stays on y
    if first in "uU" and start > 0 and text[start - 1] in "qQ":
        return m.group(0)
    # only the diphthongs oa, oe and uy move their tone
    if (first in "oO" and second in "yY") or (first in "uU" and second not in "yY"):
        return m.group(0)
    return first + tone + second


def normalize_text(text: str) -> str:
    """NFC, tone marks on one place, CRLF to LF, no zero-width characters, NBSP to space."""
    text = text.replace("\r\n", "\n").translate(_SPACES).translate(_DROP)
    decomposed = unicodedata.normalize("NFD", text)
    moved = _OLD_STYLE.sub(_move_tone, decomposed)
    return unicodedata.normalize("NFC", moved)

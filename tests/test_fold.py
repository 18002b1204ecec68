"""`fold`, the accent-free key of names and of the search index, keeps its definition on its fast path."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from vbkg.extraction.gazetteer import fold, fold_by_category

# Vietnamese in both forms (precomposed and decomposed), and what must take the slow path:
# other combining marks, letters ASCII cannot hold, the dotted capital I, odd spaces.
_VIETNAMESE = "ẮằẲẵặấẦẩẫậéỀểễệíìỉĩịóỒổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵđĐăâêôƠƯ"
_ALPHABET = (
    _VIETNAMESE
    + unicodedata.normalize("NFD", _VIETNAMESE)
    + "abcXYZ019 -/.\t\n"
    + "\u00a0\u2009\u0327\u0338\u20d7\u1dc0ÐðßæİıŁ漢字Ωα"
)


@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_fold_is_its_definition(text: str) -> None:
    assert fold(text) == fold_by_category(text)


def test_fold_examples() -> None:
    assert fold("Ủy ban nhân dân tỉnh Hòa Bình") == "uy ban nhan dan tinh hoa binh"
    assert fold("ĐẢNG  CỘNG\u00a0SẢN") == "dang cong san"  # a no-break space is a space
    assert fold("Sở Tư pháp") == "so tu phap"
    assert fold("Łódź") == "łodz"  # a letter without a decomposition stays

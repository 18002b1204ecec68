"""Hostile inputs for the extraction: pathological runs and mutated real sentences.

Shared by tests/test_adversarial.py (small sizes, under a time limit) and bench/extract.py
(1 to 16 MB, and the fuzz). Every builder takes a size in characters, so the same input can
be timed at several sizes to see how time grows.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path


def _repeat(unit: str, size: int, head: str = "", tail: str = "") -> str:
    body = size - len(head) - len(tail)
    return head + unit * max(1, body // len(unit)) + tail


# name -> builder(size). Each names the shape that once made, or could make, a pattern
# backtrack: long runs of what quantifiers repeat, with a last character that fails them.
HOSTILE: dict[str, Callable[[int], str]] = {
    "line without spaces": lambda n: "x" * n,
    "digits": lambda n: "1" * n + "x",
    "digits before a cue": lambda n: _repeat("1", n, "- ", "x Thực hiện Kết luận số 01-KL/TW"),
    "numbering 1.1.1.": lambda n: _repeat("1.", n, "\n", "x Thực hiện Kết luận số 01-KL/TW"),
    # a clause lead is read in the 40 characters before a cue: many short clauses, each a
    # run of digits or numbering that ends in a letter, then a cue
    "clauses of digits before a cue": lambda n: _repeat("; " + "1" * 34 + "x thực hiện 02", n),
    "clauses of numbering before a cue": lambda n: _repeat("\n" + "1." * 17 + "x Thực hiện 02", n),
    '"Thực hiện " repeated': lambda n: _repeat("Thực hiện ", n, tail="Kết luận số 01-KL/TW"),
    '"thực hiện " repeated': lambda n: _repeat("thực hiện ", n, tail="kết luận số 01"),
    '"Căn cứ " repeated': lambda n: _repeat("Căn cứ ", n, tail="Thông tư số 78/2014/TT-BTC"),
    '"số " repeated': lambda n: _repeat("số ", n, "Kết luận ", "01"),
    '"Kết luận số " repeated': lambda n: _repeat("Kết luận số ", n),
    '"01-" repeated': lambda n: _repeat("01-", n),
    '"1/" repeated': lambda n: _repeat("1/", n),
    '"ngày " repeated': lambda n: _repeat("ngày ", n, tail="18/5/"),
    '"của " repeated': lambda n: _repeat("của ", n, "Kết luận số 01-KL/TW ", "về thực hiện"),
    '"Ban Thường vụ " repeated': lambda n: _repeat("Ban Thường vụ ", n, tail="ban"),
    '"báo cáo " repeated': lambda n: _repeat("báo cáo ", n, "\n\n1. Nội dung\n", "về"),
    '"Điều " repeated': lambda n: _repeat("Điều ", n, tail="1x"),
    '"V/v " repeated': lambda n: _repeat("V/v ", n),
    "spaces": lambda n: " " * n + "x",
    "tabs": lambda n: "\t" * n + "x",
    "newlines": lambda n: "\n" * n + "x",
    "blank lines with spaces": lambda n: _repeat(" \n", n, tail="x"),
    "separators -/.,;": lambda n: _repeat("-/.,;", n),
    "separators with spaces": lambda n: _repeat(" - / . , ; ", n),
    "dashes and spaces": lambda n: _repeat("- ", n, tail="x"),
    "roman numerals": lambda n: _repeat("I", n, tail="x"),
    "roman headings": lambda n: _repeat("IV.", n, tail=" Thực hiện Kết luận số 01-KL/TW"),
    "capitals": lambda n: "A" * n + ".",
    "Vietnamese capitals": lambda n: "Ầ" * n + ",",
    "capitalised words": lambda n: _repeat("Hà ", n, tail=", ngay"),
    "capital words on lines": lambda n: _repeat("Phan Thị\n", n),
    "upper-case heading words": lambda n: _repeat("KẾ HOẠCH ", n, "\n"),
    "lower-case letters": lambda n: "a" * n + ")",
    "spaces inside a recipient item": lambda n: _repeat(" ", n, "Nơi nhận:\n- Thường trực", "x;"),
    "recipient items": lambda n: _repeat("- ;\n", n, "Nơi nhận:\n"),
    '"Ban Chấp hành" spaces "Trung ương"': lambda n: _repeat(" ", n, "Ban Chấp hành", "Trung ương"),
    '"Liên đoàn Lao động" spaces': lambda n: _repeat(" ", n, "Liên đoàn Lao động", "Hà Nội"),
    "spaces after a symbol": lambda n: _repeat(" ", n, "Kết luận số 01-KL/TW", ", ngày"),
    "spaces between type word and number": lambda n: _repeat(" ", n, "Nghị quyết", "số 02"),
    "emphasis markers": lambda n: _repeat("*", n, tail="x"),
    "parentheses": lambda n: _repeat("(", n, tail="1"),
    "mentions in one sentence": lambda n: _repeat(
        "Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị; ", n
    ),
    # code paths, not single patterns: work per cue or per mention that looks back over the
    # whole sentence or document
    '"thay thế " repeated': lambda n: _repeat("x thay thế ", n, tail="Quyết định số 12/2020/QĐ-UBND"),
    '"sửa đổi, bổ sung " repeated': lambda n: _repeat(
        "x sửa đổi, bổ sung ", n, tail="Nghị định số 1/2013/NĐ-CP"
    ),
    "a cue, then mentions in one sentence": lambda n: _repeat("Kết luận số 01-KL/TW, ", n, "Căn cứ "),
    "cue and mention repeated in one sentence": lambda n: _repeat("x thực hiện Kết luận số 01-KL/TW, ", n),
    "nested cues in one sentence": lambda n: _repeat(
        "Kết luận số 01-KL/TW của Bộ Chính trị về thực hiện ", n
    ),
    "distinct full forms, then short forms": lambda n: _numbered(
        "Kết luận số {}-KL/TW; ", "Kết luận số {}; ", n
    ),
    # lists of acts run past one sentence's reach: every item a cue that opens a list again
    "repeal items that open lists": lambda n: _repeat(
        "\n- Bãi bỏ Quyết định số 1/2020/QĐ-UB như sau:", n, "x"
    ),
    "basis bullets that open lists": lambda n: _repeat(
        "\n- Tại khoản 1 Điều 2 Luật số 1/2020/QH14 sau:", n, "- Căn cứ Luật số 2/2020/QH14;"
    ),
    "numbered acts in a repeal list": lambda n: _repeat(
        "\n1. Quyết định số 1/2020/QĐ-UB ngày 1/1/2020 của UBND tỉnh.", n, "Thay thế các Quyết định sau:"
    ),
    "report cues under headings": lambda n: _repeat(
        "\n1. Đoàn:\n- Báo cáo về Quận ủy Long Biên.", n, "I. X\n"
    ),
    "report cues in one sentence": lambda n: _repeat("Chính phủ báo cáo Bộ Chính trị, ", n, "I. X\n"),
}


def _numbered(full: str, short: str, size: int) -> str:
    """`full` then `short` formatted with 1, 2, ... until `size` characters: many documents."""
    count = max(1, size // (len(full) + len(short) + 8))
    return "".join(full.format(i) for i in range(count)) + "".join(short.format(i) for i in range(count))


# Real-looking sentences, used when ../shared/corpus is absent (the corpus is never copied).
SAMPLE_SENTENCES = (
    "Thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW.",
    "Căn cứ Thông tư số 78/2014/TT-BTC ngày 18/6/2014 của Bộ Tài chính;",
    "Kế hoạch số 44-KH/TU ngày 29/10/2021 của Tỉnh ủy Lai Châu về thực hiện Kết luận số 01-KL/TW",
    "- Tiếp tục triển khai thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị;",
    "Số:18 /KH - LDLĐ Long Biên, ngày 28 tháng 02 năm 2023",
    "Nơi nhận:\n- Thường trực, BTG LĐLĐ Thành phố;\n- Lưu: VP, TG.",
    "Ban Thường vụ LĐLĐ quận Long Biên ban hành kế hoạch thực hiện như sau:",
    "Nghị định số 218/2013/NĐ-CP (được sửa đổi, bổ sung tại Nghị định số 91/2014/NĐ-CP).",
    "Quyết định này có hiệu lực từ ngày ký và thay thế Quyết định số 12/2020/QĐ-UBND.",
    "1.1. Định kỳ báo cáo kết quả thực hiện về LĐLĐ tỉnh (qua Ban Tuyên giáo – Nữ công).",
    "**TM. BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH**\nPhan Thị Thu Hằng",
    "Số: 5348/CT-CS V/v hướng dẫn góp vốn điều lệ Hà Nội, ngày 20 tháng 11 năm 2025 Kính gửi:",
    "Ban Chấp hành Trung ương Đảng; Ủy ban nhân dân tỉnh Nghệ An; Liên đoàn Lao động huyện, thành phố",
)

# What the mutator inserts: the material quantifiers repeat, and the words cues start with.
_INSERTS = (
    " ", "  ", "\t", "\n", "\n\n", "-", "/", ".", ",", ";", ":", "(", ")", "*", "•", "–",
    "0", "1", "2021", "01-", "Thực hiện ", "thực hiện ", "Căn cứ ", "số ", "ngày ", "của ",
    "Kết luận ", "Nghị quyết ", "Ban Chấp hành ", "Trung ương", "Nơi nhận:\n- ", "báo cáo ",
    "I.", "Điều ", "KL/TW", "LĐLĐ ", "Thành ủy ",
)  # fmt: skip


def corpus_texts(corpus: Path, per_file: int = 0) -> Iterator[str]:
    """The documents' texts in the corpus's JSONL files (the first `per_file` of each, if given)."""
    for path in sorted(corpus.glob("*.jsonl")):
        with path.open(encoding="utf-8") as f:
            for n, row in enumerate(f):
                if per_file and n >= per_file:
                    break
                yield json.loads(row).get("text") or ""


def sentences(texts: Iterable[str], limit: int, seed: int = 0) -> list[str]:
    """Up to `limit` lines of 20-2,000 characters from `texts`, in a shuffled order."""
    lines = [ln for text in texts for ln in text.split("\n") if 20 <= len(ln) <= 2000]
    random.Random(seed).shuffle(lines)
    return lines[:limit]


def mutate(rng: random.Random, sentence: str, steps: int = 8) -> str:
    """`sentence` with a few random edits: insert, delete or duplicate characters, insert material,
    and repeat a stretch many times (the repetitions are what make backtracking show)."""
    s = sentence
    for _ in range(rng.randint(1, steps)):
        i = rng.randrange(len(s) + 1)
        op = rng.random()
        if op < 0.3:
            s = s[:i] + rng.choice(_INSERTS) * rng.choice((1, 1, 2, 5, 50)) + s[i:]
        elif op < 0.45 and s:
            j = min(len(s), i + rng.randint(1, 8))
            s = s[:i] + s[j:]
        elif op < 0.65 and s:
            j = min(len(s), i + rng.randint(1, 12))
            s = s[:i] + s[i:j] * rng.choice((2, 3, 20, 200)) + s[i:]
        elif op < 0.8 and s:
            j = min(len(s), i + 1)
            s = s[:i] + s[i:j] * rng.choice((2, 10, 100, 1000)) + s[j:]
        else:
            s = s[:i] + rng.choice(SAMPLE_SENTENCES) + s[i:]
    return s


def mutated(sentences: list[str], count: int, seed: int = 0) -> Iterator[str]:
    """`count` mutated inputs, each one to three sentences joined, reproducible from `seed`."""
    rng = random.Random(seed)
    for _ in range(count):
        parts = [rng.choice(sentences) for _ in range(rng.randint(1, 3))]
        yield mutate(rng, rng.choice(("\n", " ", "\n\n")).join(parts))

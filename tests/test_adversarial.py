"""Extraction stays linear on hostile input: every pattern, the whole extraction, and a fuzz.

Every compiled pattern in vbkg.extraction.patterns (found by type, so one added later is
covered too) runs search, finditer, match and fullmatch over each input of
tests/hostile_inputs.py, as printed and lower-cased, under a time limit; so does
extract_document. A catastrophic pattern fails here, stopped by SIGPROF, instead of hanging
the suite. Times are CPU seconds and the limits generous (a linear pass over these inputs
takes milliseconds); bench/extract.py measures how time grows with size.
"""

from __future__ import annotations

import re
import signal
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from types import FrameType

import pytest

from vbkg.extraction import extract_document
from vbkg.extraction import patterns as P
from vbkg.loaders import normalize_text

from .conftest import CORPUS
from .hostile_inputs import HOSTILE, SAMPLE_SENTENCES, corpus_texts, sentences

SIZE = 20_000  # characters per hostile input
PATTERN_LIMIT = 1.0  # seconds for one operation of one pattern on one input
EXTRACT_SIZE = 200_000  # large enough for a quadratic code path to show
EXTRACT_LIMIT = 3.0  # seconds for extract_document on one input (a linear pass takes well under 1 s)

PATTERNS = {name: value for name, value in vars(P).items() if isinstance(value, re.Pattern)}


class TooSlow(Exception):
    pass


def _too_slow(signum: int, frame: FrameType | None) -> None:
    raise TooSlow


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise TooSlow in the block after `seconds` of CPU time (the regex engine checks signals).

    CPU time of this process (ITIMER_PROF), so a busy shared machine does not fail the test."""
    if not hasattr(signal, "setitimer"):  # no interval timers here: measure only
        yield
        return
    old = signal.signal(signal.SIGPROF, _too_slow)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, old)


def _seconds(fn: Callable[[], object], limit: float) -> float:
    """CPU seconds `fn` took; infinity when it was stopped at `limit`."""
    t0 = time.process_time()
    try:
        with deadline(limit):
            fn()
    except TooSlow:
        return float("inf")
    return time.process_time() - t0


@lru_cache(maxsize=1)
def _hostile(size: int) -> dict[str, str]:
    return {name: normalize_text(build(size)) for name, build in HOSTILE.items()}


def _operations(pattern: re.Pattern[str], text: str) -> Iterator[tuple[str, Callable[[], object]]]:
    """Each way extraction runs a pattern, on the text as printed and lower-cased."""
    for case, t in (("", text), ("lower-cased ", text.lower())):
        yield f"{case}search", lambda t=t: pattern.search(t)
        yield f"{case}finditer", lambda t=t: sum(1 for _ in pattern.finditer(t))
        yield f"{case}match", lambda t=t: pattern.match(t)
        yield f"{case}fullmatch", lambda t=t: pattern.fullmatch(t)


def test_patterns_are_found() -> None:
    assert {"CLAUSE_LEAD", "RECIPIENT_ITEM", "SYMBOL", "ORG"} <= PATTERNS.keys()


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_is_linear_on_hostile_input(name: str) -> None:
    pattern = PATTERNS[name]
    slow = [
        f"{op} on {input_name}"
        for input_name, text in _hostile(SIZE).items()
        for op, run in _operations(pattern, text)
        if _seconds(run, PATTERN_LIMIT) > PATTERN_LIMIT
    ]
    assert not slow, f"{name} takes over {PATTERN_LIMIT} s on {SIZE:,} characters: {slow}"


@pytest.mark.parametrize("input_name", list(HOSTILE))
def test_extraction_is_linear_on_hostile_input(input_name: str) -> None:
    text = normalize_text(HOSTILE[input_name](EXTRACT_SIZE))
    took = _seconds(lambda: extract_document(text, "hostile"), EXTRACT_LIMIT)
    assert took <= EXTRACT_LIMIT, (
        f"extract_document takes over {EXTRACT_LIMIT} s on {EXTRACT_SIZE:,} characters"
    )


# The inputs the issues name: digits in a clause lead, spaces in a recipient, a split body name.
REPORTED = {
    "27 digits before a cue": "Thực hiện Kết luận số 01-KL/TW;\n" + "1" * 27 + "x thực hiện Kế hoạch số 02",
    "2,000 spaces inside a Nơi nhận item": "Nơi nhận:\n- Thường trực" + " " * 2000 + "LĐLĐ;\n- Lưu: VP.",
    '"Ban Chấp hành" + 6,000 spaces + "Trung ương"': "Ban Chấp hành" + " " * 6000 + "Trung ương",
}


@pytest.mark.parametrize("name", list(REPORTED))
def test_reported_cases_are_fast(name: str) -> None:
    text = normalize_text(REPORTED[name])
    assert _seconds(lambda: extract_document(text, name), 0.5) < 0.5


def test_clause_lead_still_reads_numbering() -> None:
    assert P.CLAUSE_LEAD.fullmatch("1.1.2. ")
    assert P.CLAUSE_LEAD.fullmatch("- a) Điều 2. (3) IV. ")
    assert P.CLAUSE_LEAD.fullmatch("1234.5 ")  # "123" then "4.5"
    assert not P.CLAUSE_LEAD.fullmatch("1..")
    with deadline(1.0):
        assert not P.CLAUSE_LEAD.fullmatch("1" * 40 + "x")


def test_recipient_items_keep_their_text() -> None:
    text = "Nơi nhận:\n- Thường trực,   BTG  LĐLĐ Thành phố ; \n-\tBộ Chính trị;;\n- Lưu: VP, TG."
    with deadline(1.0):
        items = [m.group("item") for m in P.RECIPIENT_ITEM.finditer(text)]
    assert items == ["Thường trực,   BTG  LĐLĐ Thành phố", "Bộ Chính trị", "Lưu: VP, TG"]


# --- property test: mutated real sentences --------------------------------------------------


@lru_cache(maxsize=1)
def _pool() -> tuple[str, ...]:
    """Corpus sentences (a few hundred documents' worth) when ../shared/corpus exists, else samples."""
    if CORPUS.exists():
        found = sentences(corpus_texts(CORPUS, per_file=40), 3000)
        if found:
            return tuple(found)
    return SAMPLE_SENTENCES


_MATERIAL = (" ", "\t", "\n", "1", "-", "/", ".", ";", "Thực hiện ", "Căn cứ ", "số ", "Nơi nhận:\n- ",
             "Ban Chấp hành ", "Kết luận ", "01-KL/TW", "I.", "Điều ", "ngày ", "của ")  # fmt: skip


def _apply(base: str, edits: list[tuple[int, int, int, int]]) -> str:
    """Edits are (kind, position, material, count): insert material, delete or repeat a stretch."""
    s = base
    for kind, pos, material, count in edits:
        i = pos % (len(s) + 1)
        if kind == 0:
            s = s[:i] + _MATERIAL[material % len(_MATERIAL)] * count + s[i:]
        elif kind == 1:
            s = s[:i] + s[i + count % 20 :]
        else:
            s = s[:i] + s[i : i + 1 + material % 12] * count + s[i:]
    return s


def test_mutated_sentences_extract_in_bounded_time() -> None:
    hypothesis = pytest.importorskip(
        "hypothesis", reason="hypothesis is a dev extra: pip install -e '.[dev]'"
    )
    st = hypothesis.strategies
    pool = _pool()
    edit = st.tuples(
        st.integers(0, 2), st.integers(0, 10**6), st.integers(0, 10**3), st.sampled_from((1, 2, 30, 700))
    )

    @hypothesis.settings(max_examples=300, deadline=None, database=None, derandomize=True)
    @hypothesis.given(st.integers(0, len(pool) - 1), st.lists(edit, max_size=6))
    def check(index: int, edits: list[tuple[int, int, int, int]]) -> None:
        text = normalize_text(_apply(pool[index], edits))
        limit = 0.5 + 0.05 * len(text.encode("utf-8")) / 1024  # generous: the goal is 0.01 s per KB
        took = _seconds(lambda: extract_document(text, "fuzz"), limit)
        assert took <= limit, f"{took:.2f} s for {len(text):,} characters: {text[:200]!r}"

    check()

"""Robustness: every document of ../shared/corpus goes through extraction without an exception."""

from __future__ import annotations

from collections import Counter

import pytest

from vbkg.extraction import DocumentRecord
from vbkg.loaders import LoaderError
from vbkg.pipeline import ExtractionFailed, extract_paths

from .conftest import CORPUS, need


@pytest.mark.corpus
def test_whole_corpus_extracts_without_exception() -> None:
    files = sorted(need(CORPUS, "the corpus").glob("*.jsonl"))
    if not files:
        pytest.skip(f"no *.jsonl in {CORPUS}")
    relations: Counter[str] = Counter()
    docs = failed = 0
    for item in extract_paths(files):
        if isinstance(item, ExtractionFailed):
            pytest.fail(f"extraction raised on {item}")
        if isinstance(item, LoaderError):
            failed += 1
            continue
        assert isinstance(item, DocumentRecord)
        docs += 1
        relations.update(r.relation for r in item.references)
        for ref in item.references:
            assert 0 <= ref.evidence.start < ref.evidence.end
    assert docs >= 1363  # the main files alone hold 1,363 documents
    assert failed == 0
    # the corpus is dense with "Căn cứ" preambles and "Thực hiện" plans
    assert relations["BASED_ON"] > 1000
    assert relations["IMPLEMENTS"] > 100

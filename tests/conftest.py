"""Shared fixtures: where ../shared is, and the seeds extracted once per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from vbkg.extraction import DocumentRecord
from vbkg.pipeline import extract_paths

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("VBKG_SHARED", ROOT.parent / "shared"))
SAMPLES = ROOT / "samples"
CORPUS = SHARED / "corpus"
GOLD = SHARED / "acceptance" / "seeds_gold.json"


def need(path: Path, what: str) -> Path:
    if not path.exists():
        pytest.skip(f"{what} not found at {path} (tests read it from ../shared; it is not copied here)")
    return path


@pytest.fixture(scope="session")
def seed_records() -> dict[str, DocumentRecord]:
    """The five sample documents (copies of ../shared/seeds), extracted, by file stem."""
    records = {}
    for item in extract_paths([SAMPLES]):
        assert isinstance(item, DocumentRecord), item
        records[Path(item.source).stem] = item
    return records

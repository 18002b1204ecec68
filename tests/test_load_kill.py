"""A load killed at any moment, or two loads at once, end in the graph of one clean load."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.scale import generate, write
from vbkg.export import export_text
from vbkg.ingest import load
from vbkg.stores import open_embedded

from .conftest import SAMPLES


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Seeds and 120 synthetic plans that cite each other, province to district."""
    root = tmp_path_factory.mktemp("archive")
    write(generate(120, seed=3), root / "plans")
    for f in SAMPLES.glob("*.txt"):
        (root / f.name).write_bytes(f.read_bytes())
    return root


def _export(db: Path) -> str:
    with open_embedded(str(db)) as store:
        return export_text(store.graph(), "nt")


def _committed(db: Path) -> int:
    if not db.exists():
        return 0
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        return int(con.execute("SELECT count(*) FROM sources").fetchone()[0])
    except sqlite3.Error:  # being created
        return 0
    finally:
        con.close()


def _load_cmd(db: Path, archive: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "vbkg",
        "load",
        str(archive),
        "--store",
        str(db),
        "--batch-size",
        "7",
        "--jobs",
        "1",
    ]


@pytest.fixture(scope="module")
def clean(archive: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    db = tmp_path_factory.mktemp("clean") / "vbkg.db"
    with open_embedded(str(db)) as store:
        load(store, [archive])
    return _export(db)


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_load_killed_at_a_random_moment_converges(
    archive: Path, clean: str, tmp_path: Path, seed: int
) -> None:
    db = tmp_path / "vbkg.db"
    proc = subprocess.Popen(_load_cmd(db, archive), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # killed once a random number of documents is committed: between commits or inside one
    wanted = random.Random(seed).randint(1, 100)
    while proc.poll() is None and _committed(db) < wanted:
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    assert proc.wait() == -signal.SIGKILL
    with open_embedded(str(db)) as store:
        load(store, [archive])
    assert _export(db) == clean


def test_two_loads_at_once_converge(archive: Path, clean: str, tmp_path: Path) -> None:
    db = tmp_path / "vbkg.db"
    procs = [subprocess.Popen(_load_cmd(db, archive), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
             for _ in range(2)]  # fmt: skip
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    assert _export(db) == clean

"""Extraction on several processes gives the same records, in the same order, as on one."""

from __future__ import annotations

import os
from pathlib import Path

from click.testing import CliRunner

from vbkg.cli import cli
from vbkg.export import export_text
from vbkg.ingest import load
from vbkg.pipeline import WORKER_NICENESS, map_ordered
from vbkg.stores import open_embedded

from .conftest import SAMPLES


def _square(x: int) -> int:
    return x * x


def _niceness(_: int) -> int:
    return os.nice(0)


def test_workers_yield_the_core_to_the_committing_process() -> None:
    mine = os.nice(0)
    seen = set(map_ordered(_niceness, range(200), jobs=2))
    assert seen == {min(mine + WORKER_NICENESS, 19)}


def test_map_ordered_keeps_order_across_windows() -> None:
    assert list(map_ordered(_square, range(300), 2)) == [x * x for x in range(300)]
    assert list(map_ordered(_square, range(3), 2)) == [0, 1, 4]  # too few for a pool: run here


def test_extract_with_jobs_prints_what_one_process_prints() -> None:
    runner = CliRunner()
    one = runner.invoke(cli, ["extract", str(SAMPLES), "--format", "jsonl", "--jobs", "1"])
    two = runner.invoke(cli, ["extract", str(SAMPLES), "--format", "jsonl", "--jobs", "2"])
    assert one.exit_code == two.exit_code == 0
    assert one.output == two.output and one.output.count("\n") == 5


def test_load_with_jobs_stores_the_same_graph(tmp_path: Path) -> None:
    exports = []
    for jobs in (1, 2):
        with open_embedded(str(tmp_path / f"{jobs}.db")) as store:
            summary = load(store, [SAMPLES], batch_size=2, jobs=jobs)
            assert (summary.loaded, summary.failed) == (5, [])
            exports.append(export_text(store.graph(), "nt"))
    assert exports[0] == exports[1]


def test_failures_come_back_from_the_workers_named(tmp_path: Path) -> None:
    for f in sorted(SAMPLES.glob("*.txt")):
        (tmp_path / f.name).write_bytes(f.read_bytes())
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 40)  # decoded in a worker
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not a zip at all")
    failed = []
    for jobs in (1, 2):
        with open_embedded(str(tmp_path / f"vbkg{jobs}.db")) as store:
            summary = load(store, [tmp_path], jobs=jobs)
        assert summary.loaded == 5
        failed.append(sorted(summary.failed))
    assert failed[0] == failed[1]
    assert [(Path(s).name, why.split(" (")[0]) for s, why in failed[1]] == [
        ("binary.txt", "looks like a binary file, not text"),
        ("broken.docx", failed[1][1][1].split(" (")[0]),
        ("empty.txt", "file is empty"),
        ("gone.txt", "broken symbolic link"),
    ]
    assert "docx" in failed[1][1][1] or "zip" in failed[1][1][1].lower(), failed[1][1]


def test_windows_of_trivial_items_are_mapped_here_without_a_pool() -> None:
    # a lambda cannot be pickled: it only works if no window went to a worker
    assert list(map_ordered(lambda x: x + 1, range(300), 2, trivial=lambda x: True)) == list(range(1, 301))

"""The embedded store under real processes: concurrent loads, and a load killed mid-commit."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from vbkg.ingest import load
from vbkg.stores import open_embedded

from .conftest import ROOT, SAMPLES

LOAD = "from vbkg.ingest import load; from vbkg.stores import open_embedded; import sys\n" \
       "load(open_embedded(sys.argv[1]), sys.argv[2:])\n"  # fmt: skip


def test_two_loads_at_once_both_land(tmp_path: Path) -> None:
    db = tmp_path / "vbkg.db"
    files = sorted(SAMPLES.glob("*.txt"))
    procs = [
        subprocess.Popen([sys.executable, "-c", LOAD, str(db), *map(str, part)], cwd=ROOT)
        for part in (files[:3], files[3:])
    ]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    store = open_embedded(str(db))
    assert set(store.known_hashes()) == {str(f) for f in files}
    assert len(store.nodes("Document")) == 27


def test_a_load_killed_half_way_leaves_the_last_complete_state(tmp_path: Path) -> None:
    db = tmp_path / "vbkg.db"
    load(open_embedded(str(db)), [SAMPLES / "000_e3178d03b91e3a28.txt"])
    before = open_embedded(str(db))
    state = (before.nodes(), before.edges(), before.known_hashes())
    before.close()
    marker = tmp_path / "in-commit"
    slow = textwrap.dedent(f"""
        import pathlib, sys, time
        import vbkg.ingest as ingest
        real = ingest.build_graph
        def slow(records):
            g = real(records)
            pathlib.Path({str(marker)!r}).write_text("x")
            time.sleep(60)
            return g
        ingest.build_graph = slow
        from vbkg.stores import open_embedded
        ingest.load(open_embedded({str(db)!r}), [{str(SAMPLES)!r}])
    """)
    proc = subprocess.Popen([sys.executable, "-c", slow], cwd=ROOT)
    deadline = time.monotonic() + 60
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert marker.exists(), "the load never reached its commit"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    after = open_embedded(str(db))
    assert (after.nodes(), after.edges(), after.known_hashes()) == state

"""The project's contract with the gold file: every score 1.000 on the seeds."""

from __future__ import annotations

import subprocess
import sys

from .conftest import GOLD, SHARED, need


def test_seeds_gold_scores_are_all_one() -> None:
    need(GOLD, "seeds_gold.json")
    scorer = need(SHARED / "acceptance" / "check_extract.py", "check_extract.py")
    proc = subprocess.run(
        [sys.executable, str(scorer), "--gold", str(GOLD), "--docs", str(SHARED / "seeds"),
         "--cmd", f"{sys.executable} -m vbkg", "-q"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    summary = proc.stdout.strip().splitlines()[-1]
    assert proc.returncode == 0, proc.stdout + proc.stderr
    for score in ("F1=1.000", "relation=1.000", "self=1.000", "statements=1.000", "reports_to=1.000",
                  "date_conflicts=1.000"):  # fmt: skip
        assert score in summary, summary

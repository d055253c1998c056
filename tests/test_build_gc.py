"""kg.build freezes the tables it loads while it builds (the collector then skips them) and spaces the collector's
young passes; when done it unfreezes them and restores the thresholds, so that a process that builds, then goes on
(a server, a notebook, the tests), collects as before."""
from __future__ import annotations

import gc
from pathlib import Path

from kg.build import build

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_build_leaves_nothing_frozen(tmp_path):
    assert gc.get_freeze_count() == 0
    threshold = gc.get_threshold()
    report = build([str(SEEDS)], tmp_path / "out", jobs=1, use_cache=False)
    assert report.articles > 0
    assert gc.get_freeze_count() == 0  # frozen after the first batch, unfrozen at the end
    assert gc.get_threshold() == threshold  # and the collector's thresholds as they were

"""The quality gate: the seeds' graph scored against the gold must stay at or above each floor."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import load_json

FLOORS = load_json(Path(__file__).with_name("floors.json"))
KINDS = [k for k in FLOORS if not k.startswith("_")]
# How the scorer names each kind in its error lines.
ERROR_LABELS = {
    "regions": " region:", "hierarchy": "level/parent", "brands": " brand:",
    "brand_origin": "brand-origin", "brand_dest": "brand-destination", "programs": " program:",
    "flows": " flow:", "flow_workers": ": workers", "metrics": " metric:", "metric_year": ": year",
}


def measure(scores: dict, kind: str) -> float:
    row = scores[kind]
    return row["f1"] if "f1" in row else row["accuracy"]


def test_every_seed_article_is_in_the_graph(seed_scores):
    assert seed_scores["articles_missing"] == []


@pytest.mark.parametrize("kind", KINDS)
def test_seed_score_stays_above_its_floor(seed_scores, kind):
    got = measure(seed_scores, kind)
    label = ERROR_LABELS[kind]
    misses = "\n".join(e for e in seed_scores["errors"] if label in e)[:4000]
    assert got >= FLOORS[kind], f"{kind}: {got:.3f} < floor {FLOORS[kind]:.3f}\n{misses}"


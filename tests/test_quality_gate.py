"""The quality gate: graphs scored against gold annotations must stay at or above each floor.

Gated: the seeds (tests/gold) and five held-out sets of articles from other provinces
(tests/heldout*), each written and annotated without looking at the extractors. A floor only ever
goes up.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import load_json

HERE = Path(__file__).resolve().parent
HELDOUT_SETS = ("heldout", "heldout2", "heldout3", "heldout4", "heldout5")
FLOORS = {"seeds": load_json(HERE / "floors.json")} | {
    name: load_json(HERE / name / "floors.json") for name in HELDOUT_SETS
}
# How the scorer names each kind in its error lines.
ERROR_LABELS = {
    "regions": " region:", "hierarchy": "level/parent", "brands": " brand:",
    "brand_origin": "brand-origin", "brand_dest": "brand-destination", "programs": " program:",
    "flows": " flow:", "flow_workers": ": workers", "metrics": " metric:", "metric_year": ": year",
    "metric_indicator": ": indicator",
}
CASES = [(corpus, kind) for corpus, floors in FLOORS.items() for kind in floors if not kind.startswith("_")]


def measure(scores: dict, kind: str) -> float:
    row = scores[kind]
    return row["f1"] if "f1" in row else row["accuracy"]


@pytest.fixture
def scores(request, seed_scores):
    if request.param == "seeds":
        return seed_scores
    return request.getfixturevalue("heldout_scores")[request.param]


def test_every_seed_article_is_in_the_graph(seed_scores):
    assert seed_scores["articles_missing"] == []


@pytest.mark.parametrize(("scores", "kind"), CASES, indirect=["scores"],
                         ids=[f"{corpus}-{kind}" for corpus, kind in CASES])
def test_score_stays_above_its_floor(scores, kind, request):
    corpus = request.node.callspec.id.split("-", 1)[0]
    floor = FLOORS[corpus][kind]
    got = measure(scores, kind)
    misses = "\n".join(e for e in scores["errors"] if ERROR_LABELS[kind] in e)[:4000]
    assert got >= floor, f"{corpus} {kind}: {got:.3f} < floor {floor:.3f}\n{misses}"

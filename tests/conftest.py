"""Shared fixtures: the seed corpus, a session-wide build of it, the gold scores, and the test browser."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.browser import launch_browser

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = Path(__file__).resolve().parent / "gold"
HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def browser():
    """A headless chromium for the browser tests (tests/browser.py says how it is set up)."""
    yield from launch_browser()


def run_kg(*args: str, cwd: Path | None = None, env: dict | None = None, check: bool = False):
    """Run the installed `kg` command as a user would, capturing its output."""
    full_env = {**os.environ, **(env or {})}
    result = subprocess.run(
        [sys.executable, "-m", "kg.cli", *args],
        cwd=cwd or ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"kg {' '.join(args)} failed ({result.returncode}):\n{result.stderr}")
    return result


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="session")
def built_seeds(tmp_path_factory) -> Path:
    """The output folder of `kg build seeds`, built once per test session."""
    out = tmp_path_factory.mktemp("seeds_out")
    run_kg("build", str(SEEDS), "--out", str(out), "--quiet", check=True)
    return out


def gold_scores(graph: Path, gold: Path) -> dict:
    """Scores of `graph` against a folder of gold files, as the project's scorer computes them."""
    from tests.gold_scorer import KG, score

    tallies, accuracies, missing = score(KG(graph), gold)
    scores = {k: v.row() for k, v in tallies.items()} | {k: v.row() for k, v in accuracies.items()}
    scores["articles_missing"] = missing
    scores["errors"] = [e for v in list(tallies.values()) + list(accuracies.values()) for e in v.errors]
    return scores


@pytest.fixture(scope="session")
def seed_scores(built_seeds) -> dict:
    return gold_scores(built_seeds / "kg.ttl", GOLD)


@pytest.fixture(scope="session")
def heldout_scores(tmp_path_factory) -> dict:
    """Scores per held-out set: other provinces, written and annotated apart from the code."""
    scores = {}
    for folder in sorted(HERE.glob("heldout*")):
        out = tmp_path_factory.mktemp(f"{folder.name}_out")
        run_kg("build", str(folder / "articles"), "--out", str(out), "--quiet", check=True)
        scores[folder.name] = gold_scores(out / "kg.ttl", folder / "gold")
    return scores


def load_json(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))

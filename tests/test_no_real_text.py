"""The real news set is third-party text: no brand name or headline of its gold may appear in kg/ code or data.

The set lives in ../shared/real beside the repository (KG_SHARED_DIR names another place for it, as for the
real-set gate); a clone without it (a user's) skips this test, saying so.
"""
from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KG_SHARED_DIR") or ROOT.parent / "shared")
REAL = SHARED / "real"
# Shorter names are ordinary words (护工, 厨师) that code may well use; the names that identify an article are longer.
MIN_NAME = 3
NO_HEADLINE = "(no headline"


def _real_names() -> set[str]:
    names: set[str] = set()
    for path in sorted((REAL / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for brand in gold.get("brands", []):
            names.update([brand["name"], *brand.get("aliases", [])])
    sources = REAL / "SOURCES.tsv"
    if sources.exists():
        with sources.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                title = (row.get("title") or "").strip()
                if title and not title.startswith(NO_HEADLINE):
                    names.add(title)
    return {n for n in names if len(n) >= MIN_NAME}


def _project_files():
    for path in sorted((ROOT / "kg").rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            yield path


@pytest.mark.skipif(not (REAL / "gold").is_dir(),
                    reason=f"the real news set is not here ({REAL}/gold): it lives beside the repository, not in it")
def test_no_real_brand_name_or_headline_in_kg():
    names = _real_names()
    assert names, f"{REAL}/gold holds no brand names or headlines to look for"
    found = []
    for path in _project_files():
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue  # not text: no name can be read in it
        found.extend(f"{path.relative_to(ROOT)}: {name}" for name in sorted(names) if name in text)
    assert not found, "real-set names or headlines copied into the project:\n" + "\n".join(found)

"""bench_versus.py and bench_stages.py run end to end on a small corpus (their figures are not asserted)."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ("云和县组织200名务工人员赴宁波务工\n"
           "3月2日，丽水市云和县200名务工人员乘专车赴宁波市务工。云和县今年计划转移农村劳动力1.5万人。\n")


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return corpus


def test_versus_an_earlier_commit_prints_each_build_and_the_ratio(tmp_path):
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "bench_versus.py"), str(_corpus(tmp_path)),
                             "--ref", "HEAD", "--rounds", "2"], capture_output=True, text=True, cwd=tmp_path,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split(":")[0] for line in lines[:4]] == ["round 1", "round 1", "round 2", "round 2"]
    assert "reference" in lines[0] and "reference" in lines[3]  # alternating order
    assert re.search(r"median cpu: reference \(HEAD\) [\d.]+ s, this checkout [\d.]+ s: [\d.]+x", lines[-1])


def test_stages_prints_a_line_per_stage(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "bench_stages.py"), str(_corpus(tmp_path))],
                            capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("1 articles,")
    names = {line.split()[0] for line in result.stdout.splitlines()[1:]}
    assert {"read_document", "normalize", "find_regions", "find_flows", "find_metrics"} <= names

"""A pip user outside the checkout gets a working `kg`: build, the built-in queries, explore.

Offline and quick: the project is installed without its dependencies into a fresh venv that sees
the test environment's packages through a .pth file, from a copy of the source, so nothing in the
checkout can stand in for what the wheel forgot to carry.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS

SOURCE = ["pyproject.toml", "README.md", "LICENSE", "kg", "queries", "ontology"]


def _run(argv, cwd: Path, timeout: int = 300) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    return subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The bin folder of a fresh venv with laowu-kg pip-installed (not editable) from a source copy."""
    pytest.importorskip("setuptools", minversion="77")  # the build backend pyproject.toml names
    base = tmp_path_factory.mktemp("install")
    source = base / "source"
    source.mkdir()
    for name in SOURCE:
        origin = ROOT / name
        if origin.is_dir():
            shutil.copytree(origin, source / name, symlinks=True,
                            ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        else:
            shutil.copy2(origin, source / name)
    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    site = Path(_run([str(venv / "bin" / "python"), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                     base).stdout.strip())
    (site / "test_environment.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    result = _run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--no-deps",
                   "--no-build-isolation", "--no-index", "--ignore-installed", str(source)], base)
    assert result.returncode == 0, result.stdout + result.stderr
    shutil.rmtree(source)  # from here on, only what was installed exists
    return venv / "bin"


def test_the_installed_package_is_the_one_that_runs(installed, tmp_path):
    result = _run([str(installed / "python"), "-c", "import kg; print(kg.__file__)"], tmp_path)
    assert result.stdout.strip().startswith(str(installed.parent)), result.stdout
    assert _run([str(installed / "kg"), "--version"], tmp_path).stdout.startswith("laowu-kg ")


def test_build_query_list_and_explore_outside_the_checkout(installed, tmp_path):
    shutil.copytree(SEEDS, tmp_path / "articles")
    kg = str(installed / "kg")
    build = _run([kg, "build", "articles", "-q"], tmp_path)
    assert build.returncode == 0, build.stderr
    assert (tmp_path / "out" / "kg.ttl").stat().st_size > 0

    listing = _run([kg, "query", "--list"], tmp_path)
    assert listing.returncode == 0, listing.stderr
    names = [line.split()[0] for line in listing.stdout.splitlines()]
    assert names == sorted(p.stem for p in (ROOT / "queries").glob("*.rq"))

    headline = _run([kg, "query", "brand_destinations"], tmp_path)
    assert headline.returncode == 0, headline.stderr
    assert "紫阳修脚" in headline.stdout

    explore = _run([kg, "explore"], tmp_path)
    assert explore.returncode == 0, explore.stderr
    assert (tmp_path / "out" / "explorer.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")

    validate = _run([kg, "validate", "out/kg.ttl"], tmp_path)
    assert validate.returncode == 0, validate.stdout + validate.stderr

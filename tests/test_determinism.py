"""Same input, same bytes: across PYTHONHASHSEED values, file order on disk and on the command line, and --jobs."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.conftest import HERE, ROOT, SEEDS, run_kg

HELDOUT = HERE / "heldout"

INPUTS = Path(__file__).resolve().parent / "inputs"


def _files() -> dict[str, bytes]:
    """~40 varied files: the seeds, held-out and input articles, re-encoded and re-wrapped copies, bad files."""
    files: dict[str, bytes] = {}
    for path in [*sorted(SEEDS.glob("*.txt")), *sorted((HELDOUT / "articles").iterdir()), *sorted(INPUTS.iterdir())]:
        files[path.name] = path.read_bytes()
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        files[f"gbk_{path.name}"] = (text + "\n（GBK 副本）\n").encode("gb18030")
        paragraphs = "".join(f"<p>{line}</p>\n" for line in text.splitlines() if line.strip())
        files[f"page_{path.stem}.html"] = f"<html><head><title>副本 {path.stem}</title></head><body>{paragraphs}".encode()
        files[f"utf16_{path.name}"] = (text + "\n（UTF-16 副本）\n").encode("utf-16")
    for path in sorted((HELDOUT / "articles").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        files[f"front_{path.stem}.md"] = f"---\ntitle: 副本{path.stem}\ndate: 2023-05-0{len(text) % 9 + 1}\n---\n\n{text}".encode()
    files["名字 带空格.txt"] = "四川省凉山州2022年输转劳动力12万人，其中赴广东省务工5万余人。\n".encode()
    files["deep.html"] = ("<html><body>" + "<div>" * 3000 + "<p>甘肃省定西市2021年输转劳动力20万人。</p>").encode()
    files["empty.txt"] = b""
    files["binary.txt"] = bytes(range(256))
    files["noext"] = "河北省张家口市张北县2023年输转劳动力3.2万人，赴北京市务工1.1万人。\n".encode()
    return files


def _corpus(root: Path, reverse: bool) -> list[str]:
    """Write the files into root/corpus, in sorted or reversed order; returns their names as given to kg."""
    folder = root / "corpus"
    folder.mkdir(parents=True)
    files = _files()
    for name in sorted(files, reverse=reverse):
        (folder / name).write_bytes(files[name])
    return [f"corpus/{name}" for name in sorted(files)]


def _build(root: Path, out: str, seed: str, jobs: int, paths: list[str]) -> tuple[bytes, dict]:
    run_kg("build", *paths, "--out", out, "--jobs", str(jobs), "--no-cache", "-q",
           cwd=root, env={"PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}, check=True)
    report = json.loads((root / out / "report.json").read_text(encoding="utf-8"))
    report.pop("seconds")
    return (root / out / "kg.ttl").read_bytes(), report


def test_byte_identical_across_hash_seeds_file_order_and_jobs(tmp_path):
    forward, backward = tmp_path / "forward", tmp_path / "backward"
    names = _corpus(forward, reverse=False)
    assert len(names) >= 40
    _corpus(backward, reverse=True)  # the same files, created on disk in the opposite order

    graph, report = _build(forward, "out1", "0", 1, ["corpus"])
    assert report["articles"] >= 38 and len(report["skipped"]) == 2
    # The folder whose files were created in reverse order, two workers, a third hash seed.
    assert _build(backward, "out3", "1", 2, ["corpus"]) == (graph, report)
    # Files named one by one (each then named by its file name, lw:sourceFile being the path from the
    # folder holding the argument): in reverse order with two workers as in order with one.
    by_file = _build(forward, "out2", "4242", 2, names[::-1])
    assert _build(backward, "out4", "1", 1, names) == by_file
    assert by_file[1]["articles"] == report["articles"] and by_file[0] != graph
    shutil.rmtree(forward / "out2")

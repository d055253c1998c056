"""Write kg/data/opencc_t2s_changes.txt: what OpenCC's t2s conversion can change, from its own dictionaries.

kg.text.script.t2s converts only a text that holds one of these (a character some dictionary of t2s.json maps
to another, or a phrase it maps though none of its characters changes alone, 回覆 -> 回复): any other text
comes back from OpenCC unchanged. The dictionaries are read with the opencc_dict tool that the opencc wheel
ships; run again when the opencc version changes (t2s converts every text while the versions differ).

    PYTHONPATH=. python scripts/opencc_t2s_changes.py
"""
from __future__ import annotations

import json
import os
import subprocess
import tempfile
from pathlib import Path

import opencc

from kg.atomic import atomic_write_text

OUT = Path(__file__).resolve().parent.parent / "kg" / "data" / "opencc_t2s_changes.txt"


def _dictionaries(share: Path) -> list[str]:
    config = json.loads((share / "t2s.json").read_text(encoding="utf-8"))
    files: list[str] = []

    def walk(node) -> None:
        if isinstance(node, dict):
            if node.get("type") == "ocd2":
                files.append(node["file"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(config)
    return files


def _entries(clib: Path, dictionary: Path) -> list[tuple[str, str]]:
    with tempfile.TemporaryDirectory() as folder:
        text = Path(folder) / "dict.txt"
        env = {**os.environ, "LD_LIBRARY_PATH": str(clib / "lib64")}
        subprocess.run([str(clib / "bin" / "opencc_dict"), "-i", str(dictionary), "-o", str(text), "-f", "ocd2",
                        "-t", "text"], check=True, env=env)
        pairs = []
        for line in text.read_text(encoding="utf-8").splitlines():
            key, values = line.split("\t")
            pairs.append((key, values.split(" ")[0]))  # OpenCC writes the first of several values
        return pairs


def _witness(key: str, value: str) -> str:
    """The first character of `key` that `value` writes otherwise (回覆 -> 回复: 覆), else its first."""
    return next((a for a, b in zip(key, value) if a != b), key[0]) if len(key) == len(value) else key[0]


def main() -> None:
    clib = Path(opencc.__file__).resolve().parent / "clib"
    share = clib / "share" / "opencc"
    changed = [(key, value) for name in _dictionaries(share) for key, value in _entries(clib, share / name)
               if key != value]
    chars = {key for key, _ in changed if len(key) == 1}
    phrases = {key: _witness(key, value) for key, value in changed if len(key) > 1 and not chars.intersection(key)}
    lines = [
        "# What OpenCC's t2s conversion can change: a character a dictionary of t2s.json maps to another, one a",
        "# line; then each phrase it maps though none of its characters changes alone, a tab, and the character",
        "# of the phrase that the mapping changes. Made from the dictionaries of the opencc wheel named below by",
        "# scripts/opencc_t2s_changes.py; kg.text.script.t2s converts every text while opencc is another version.",
        f"opencc {opencc.__version__}",
        *sorted(chars),
        *(f"{phrase}\t{witness}" for phrase, witness in sorted(phrases.items())),
    ]
    atomic_write_text(OUT, "\n".join(lines) + "\n")
    print(f"{OUT}: {len(chars)} characters, {len(phrases)} phrases")


if __name__ == "__main__":
    main()

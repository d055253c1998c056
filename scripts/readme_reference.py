"""Regenerate the README's command reference from `kg --help` (run by `make docs`; a test checks it).

Each block in README.md between `<!-- kg ... --help -->` and `<!-- end -->` is replaced by that
command's help text, formatted for 100 columns, so the reference always says what the tool says.
"""
from __future__ import annotations

import contextlib
import io
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
WIDTH = "100"

BLOCK = re.compile(r"(<!-- (kg(?: [a-z-]+)?) --help -->\n)(.*?)(<!-- end -->)", re.S)


def help_text(command: str) -> str:
    """What `command --help` prints (e.g. "kg query"), at a fixed width so the README is stable."""
    sys.path.insert(0, str(ROOT))
    from kg.cli import make_parser

    argv = command.split()[1:] + ["--help"]
    saved = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = WIDTH
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
            make_parser().parse_args(argv)
    finally:
        if saved is None:
            os.environ.pop("COLUMNS", None)
        else:
            os.environ["COLUMNS"] = saved
    return out.getvalue()


def render(readme: str) -> str:
    """`readme` with every help block brought up to date."""
    def block(match: re.Match) -> str:
        return f"{match.group(1)}```text\n{help_text(match.group(2))}```\n{match.group(4)}"

    return BLOCK.sub(block, readme)


def commands_in(readme: str) -> list[str]:
    return [match.group(2) for match in BLOCK.finditer(readme)]


if __name__ == "__main__":
    text = README.read_text(encoding="utf-8")
    README.write_text(render(text), encoding="utf-8")
    print(f"README.md: {len(commands_in(text))} help blocks regenerated")

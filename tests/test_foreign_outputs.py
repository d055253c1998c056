"""kg explore and kg map replace only a file they wrote: a user's file of that name is refused, untouched."""
from __future__ import annotations

import pytest

from tests.conftest import run_kg

USER_PAGE = "<!doctype html><title>my notes on 劳务协作</title><p>三年的笔记</p>\n"


@pytest.mark.parametrize("command,name", [("explore", "page.html"), ("map", "flows.html"), ("map", "flows.svg"),
                                          ("map", "flows.png")])
def test_a_users_file_of_the_output_name_is_refused_and_kept(built_seeds, tmp_path, command, name):
    target = tmp_path / name
    original = USER_PAGE.encode("utf-8") if not name.endswith(".png") else b"\x89PNG\r\n\x1a\n my holiday photo"
    target.write_bytes(original)
    result = run_kg(command, str(built_seeds / "kg.ttl"), "-o", str(target))
    assert result.returncode == 2, result.stderr
    assert f"{target}: exists and was not written by kg {command}; not replacing it" in result.stderr
    assert target.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no temporary file left beside it


@pytest.mark.parametrize("command,name", [("explore", "page.html"), ("map", "flows.html"), ("map", "flows.svg"),
                                          ("map", "flows.png")])
def test_its_own_earlier_output_is_replaced(built_seeds, tmp_path, command, name):
    target = tmp_path / name
    run_kg(command, str(built_seeds / "kg.ttl"), "-o", str(target), check=True)
    first = target.read_bytes()
    run_kg(command, str(built_seeds / "kg.ttl"), "-o", str(target), check=True)
    assert target.read_bytes() == first  # written again, byte for byte


def test_the_default_explorer_beside_a_graph_is_not_taken_from_the_user(built_seeds, tmp_path):
    graph = tmp_path / "kg.ttl"
    graph.write_bytes((built_seeds / "kg.ttl").read_bytes())
    (tmp_path / "explorer.html").write_text(USER_PAGE, encoding="utf-8")
    result = run_kg("explore", str(graph))
    assert result.returncode == 2
    assert (tmp_path / "explorer.html").read_text(encoding="utf-8") == USER_PAGE


def test_a_symbolic_link_at_the_output_is_not_followed_nor_replaced(built_seeds, tmp_path):
    elsewhere = tmp_path / "elsewhere.html"
    elsewhere.write_text(USER_PAGE, encoding="utf-8")
    link = tmp_path / "map.html"
    link.symlink_to(elsewhere)
    result = run_kg("map", str(built_seeds / "kg.ttl"), "-o", str(link))
    assert result.returncode == 2
    assert "is a symbolic link" in result.stderr
    assert link.is_symlink() and elsewhere.read_text(encoding="utf-8") == USER_PAGE

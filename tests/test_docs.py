"""The docs keep up with the code: the README's command reference is `kg --help`, docs/ontology.md is current."""
from __future__ import annotations

import argparse
import importlib.util
import re
from pathlib import Path

import pytest

from kg.cli import make_parser

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
REFERENCE_HEADING = "## Command reference"


def _reference_section() -> str:
    """README.md from the "## Command reference" heading up to the next level-two heading."""
    text = README.read_text(encoding="utf-8")
    start = text.find(REFERENCE_HEADING)
    assert start >= 0, f"README.md has no {REFERENCE_HEADING!r} section"
    body_start = start + len(REFERENCE_HEADING)
    following = re.search(r"^## ", text[body_start:], flags=re.MULTILINE)
    return text[body_start:body_start + following.start()] if following else text[body_start:]


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:  # argparse has no public way to list sub-commands
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _documented_terms() -> list[tuple[str, str]]:
    """(where, term) for every sub-command, option string and positional of `kg`."""
    parser = make_parser()
    terms: list[tuple[str, str]] = []

    def options(where: str, sub: argparse.ArgumentParser) -> None:
        for action in sub._actions:
            if isinstance(action, (argparse._HelpAction, argparse._SubParsersAction)):
                continue  # -h/--help is everywhere; sub-commands are listed on their own
            if action.option_strings:
                terms.extend((where, option) for option in action.option_strings)
            else:
                metavar = action.metavar if isinstance(action.metavar, str) else action.dest
                terms.append((where, metavar))

    options("kg", parser)
    for name, sub in _subcommands(parser).items():
        terms.append(("kg", name))
        options(f"kg {name}", sub)
    return terms


def _mentioned(term: str, text: str) -> bool:
    # A whole word: `--out` must not be satisfied by `--output`, nor `-o` by `-of`.
    return re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", text) is not None


TERMS = _documented_terms()


@pytest.mark.parametrize(("where", "term"), TERMS, ids=[f"{w}:{t}" for w, t in TERMS])
def test_cli_reference_documents(where, term):
    assert _mentioned(term, _reference_section()), (
        f"{term!r} of `{where}` is missing from README.md's {REFERENCE_HEADING!r} section")


def test_every_subcommand_is_introspected():
    # Guards the introspection itself: if argparse internals changed, the test above would
    # pass vacuously.
    assert {"build", "validate", "query", "explore"} <= set(_subcommands(make_parser()))
    assert ("kg build", "--out") in TERMS and ("kg build", "PATH") in TERMS


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_readme_reference_is_the_commands_own_help():
    # As cog --check: the blocks must be exactly what `make docs` would write from --help now.
    reference = _script("readme_reference")
    readme = README.read_text(encoding="utf-8")
    assert readme == reference.render(readme), (
        "README.md's command reference differs from `kg --help`: run `make docs` "
        "(scripts/readme_reference.py) and commit README.md")


def test_readme_reference_has_a_help_block_for_every_command():
    reference = _script("readme_reference")
    documented = set(reference.commands_in(_reference_section()))
    assert documented == {"kg"} | {f"kg {name}" for name in _subcommands(make_parser())}
    block = reference.render("<!-- kg query --help -->\n<!-- end -->")
    assert "usage: kg query" in block and "--exact-csv" in block  # the blocks are really filled


def _diagram_script():
    spec = importlib.util.spec_from_file_location("ontology_diagram", ROOT / "scripts" / "ontology_diagram.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_ontology_doc_is_up_to_date():
    committed = (ROOT / "docs" / "ontology.md").read_text(encoding="utf-8")
    assert committed == _diagram_script().render(), (
        "docs/ontology.md is stale: run `make docs` (scripts/ontology_diagram.py) and commit it")


def test_ontology_doc_covers_every_term():
    from rdflib import Graph, URIRef
    from rdflib.namespace import OWL, RDF, SKOS

    lw = "https://w3id.org/laowu-kg/ontology#"
    graph = Graph().parse(ROOT / "ontology" / "laowu.ttl", format="turtle")
    text = _diagram_script().render()
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, SKOS.Concept):
        for term in graph.subjects(RDF.type, kind):
            if isinstance(term, URIRef) and str(term).startswith(lw):
                assert f"`lw:{str(term)[len(lw):]}`" in text, f"{term} is not in docs/ontology.md"

"""The query page of `kg serve` in a real browser (Debian's chromium driven by Playwright): it runs the
built-in and typed queries, shows data as text, offers the CSV, and asks nothing of any other origin.

Set-up as tests/browser.py says (the browser fixture is in tests/conftest.py); KG_SKIP_BROWSER=1 skips."""
from __future__ import annotations

import urllib.parse
from pathlib import Path

import pytest

from kg.query import run_query
from kg.serve import ServeOptions, start_server

FIXTURE = Path(__file__).resolve().parent / "data" / "query_fixture.ttl"
QUERIES = Path(__file__).resolve().parents[1] / "queries"
HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>'


@pytest.fixture(scope="module")
def served():
    running = start_server(ServeOptions(FIXTURE, port=0, timeout=10, workers=1))
    host, port = running.address
    yield f"http://{host}:{port}"
    running.close()


@pytest.fixture
def page(browser, served):
    context = browser.new_context()
    tab = context.new_page()
    tab.problems = []
    tab.requests = []
    tab.on("pageerror", lambda error: tab.problems.append(f"error: {error}"))
    tab.on("console", lambda m: m.type == "error" and tab.problems.append(f"console: {m.text}"))
    tab.on("dialog", lambda d: (tab.problems.append(f"dialog: {d.message}"), d.dismiss()))
    tab.on("request", lambda r: tab.requests.append(r.url))
    tab.goto(f"{served}/query")
    yield tab
    context.close()


def test_a_built_in_query_with_a_parameter_runs_and_shows_a_table(page, served):
    page.select_option("#list", "metrics_by_region")
    page.fill("#params input[name=region]", "安康市")
    page.click("#run")
    page.wait_for_selector("#table tr:nth-child(2)")
    expected = run_query(FIXTURE, (QUERIES / "metrics_by_region.rq").read_text(encoding="utf-8"),
                         {"region": "安康市"}, engine="oxigraph")
    header = page.eval_on_selector_all("#table th", "cells => cells.map(c => c.textContent)")
    assert header == expected.variables
    first = page.eval_on_selector_all("#table tr:nth-child(2) td", "cells => cells.map(c => c.textContent)")
    assert first == [t.value if t else "" for t in expected.rows[0]]
    assert page.text_content("#status") == f"{len(expected.rows)} rows"
    link = page.get_attribute("#csv", "href")
    assert link == "queries/metrics_by_region?" + urllib.parse.urlencode({"region": "安康市", "format": "csv"})
    assert page.problems == []
    assert all(url.startswith(served) for url in page.requests)


def test_data_is_text_never_markup(page, served):
    page.select_option("#list", "")
    page.fill("#text", 'SELECT ?x WHERE { BIND("' + HOSTILE.replace('"', '\\"') + '" AS ?x) }')
    page.click("#run")
    page.wait_for_selector("#table td")
    assert page.text_content("#table td") == HOSTILE
    assert page.query_selector("#table img") is None and page.query_selector("#table script") is None
    page.wait_for_timeout(300)
    assert page.problems == []  # no alert ran, nothing was blocked by the page's policy


def test_a_refusal_is_shown_in_words(page):
    page.select_option("#list", "")
    page.fill("#text", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
    page.click("#run")
    page.wait_for_selector("#status:has-text('403')")  # a selector: the page's CSP forbids eval
    assert "refused: SERVICE" in page.text_content("#status")

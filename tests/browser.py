"""The browser tests' shared set-up: Debian's chromium driven by Playwright, and a recorder of a loaded page.

Set-up (done by `make test`): `apt-get install -y chromium fonts-noto-cjk` and the pip package
`playwright` (its bundled driver only; never `playwright install`). If chromium or playwright is
missing these tests FAIL, so CI cannot pass without them; KG_SKIP_BROWSER=1 skips them on purpose.
KG_CHROMIUM overrides the browser path. The `browser` fixture itself lives in tests/conftest.py.
"""
from __future__ import annotations

import os
from pathlib import Path
from collections.abc import Callable

import pytest

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]
SETUP_HINT = ("install the browser test set-up: `apt-get install -y chromium fonts-noto-cjk` and "
              "`pip install 'playwright>=1.50,<2'` (or set KG_SKIP_BROWSER=1 to skip these tests deliberately)")


def launch_browser():
    """Yield a started headless chromium; a missing or broken install fails the test loudly."""
    if os.environ.get("KG_SKIP_BROWSER") == "1":
        pytest.skip("KG_SKIP_BROWSER=1")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail(f"the Python package playwright is missing: {SETUP_HINT}", pytrace=False)
    if not (Path(CHROMIUM).is_file() and os.access(CHROMIUM, os.X_OK)):
        pytest.fail(f"no chromium at {CHROMIUM}: {SETUP_HINT}", pytrace=False)
    manager = sync_playwright().start()
    try:
        launched = manager.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
    except Exception as exc:  # a broken install must fail loudly, not skip
        manager.stop()
        pytest.fail(f"chromium at {CHROMIUM} did not start ({exc}): {SETUP_HINT}", pytrace=False)
    yield launched
    launched.close()
    manager.stop()


class LoadedPage:
    """One loaded offline page (explorer, map or dossier) and everything it tried to do."""

    def __init__(self, browser, path: Path):
        self.path = path
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.page = self.context.new_page()
        self.console: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.console.append((m.type, m.text)))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", self._dialog)
        # The network is blocked: only the file itself (and data: URLs) may load.
        self.page.route("**/*", self._route)
        self.page.goto(path.resolve().as_uri())
        # A selector, not wait_for_function: the page's CSP forbids the eval that polling needs.
        self.page.wait_for_selector("body[data-ready]", state="attached", timeout=90_000)

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    @staticmethod
    def _route(route):
        if route.request.url.startswith(("file:", "data:")):
            route.continue_()
        else:
            route.abort()

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def assert_quiet(self):
        errors = [text for kind, text in self.console if kind == "error"] + self.errors
        assert not errors, errors
        outside = [u for u in self.requests if not u.startswith(("file:", "data:"))]
        assert not outside, outside
        assert not self.dialogs, self.dialogs

    def close(self):
        self.context.close()


def page_opener(browser, tmp_path: Path, stem: str, default_source: Path,
                write: Callable[..., None], page_class: type[LoadedPage]):
    """Yield a function that writes a page (with `write(source, out, **kwargs)`, or the given html) and
    opens it; every page it opened is closed afterwards."""
    pages = []

    def opener(source: Path = default_source, html: str | None = None, **kwargs):
        out = tmp_path / f"{stem}{len(pages)}.html"
        if html is None:
            write(source, out, **kwargs)
        else:
            out.write_text(html, encoding="utf-8")
        pages.append(page_class(browser, out))
        return pages[-1]

    yield opener
    for page in pages:
        page.close()

# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SEEDS := seeds
OUT := out

.PHONY: run test lint venv venv-test browser docs clean

# The default install (what `kg` needs) for `make run`; everything (test, notebook, dask extras and
# ruff) for `make test` and `make lint`. Each stamp is remade when pyproject.toml changes.
venv: $(VENV)/.installed
venv-test: $(VENV)/.installed-test

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

## run: install, then build the seeds' graph, its explorer and every built-in query's answer into out/
run: venv
	$(BIN)/kg build $(SEEDS) --out $(OUT)
	$(BIN)/kg validate $(OUT)/kg.ttl
	$(BIN)/kg explore $(OUT)/kg.ttl
	$(BIN)/kg map $(OUT)/kg.ttl -o $(OUT)/map.html
	$(BIN)/kg dossier $(OUT)/kg.ttl -o $(OUT)/dossiers
	for query in $$($(BIN)/kg query --list | cut -d' ' -f1); do \
		$(BIN)/kg query "$$query" --kg $(OUT)/kg.ttl -o $(OUT)/queries/$$query.csv || exit 1; \
	done
	@echo "graph: $(OUT)/kg.ttl  explorer: $(OUT)/explorer.html  query results (spreadsheet-safe CSV): $(OUT)/queries/"

## browser: Debian's chromium and a CJK font for the explorer's browser tests (needs root)
browser:
	@if command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -q 'Noto Sans CJK'; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
	else \
		echo "the browser tests need Debian's chromium and fonts-noto-cjk:"; \
		echo "  sudo apt-get install chromium fonts-noto-cjk   (or set KG_SKIP_BROWSER=1)"; \
	fi

## test: install everything, then run the whole test suite
test: venv-test browser
	$(BIN)/python -m pytest -q

## lint: ruff with the rules in pyproject.toml (CI runs it)
lint: venv-test
	$(BIN)/ruff check .

## docs: regenerate docs/ontology.md from ontology/ and the README's command reference from `kg --help`
docs: venv
	$(BIN)/python scripts/ontology_diagram.py
	$(BIN)/python scripts/readme_reference.py

clean:
	rm -rf $(OUT) $(VENV) *.egg-info

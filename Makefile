# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SEEDS := seeds
OUT := out

.PHONY: run test venv browser docs clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## run: install, then build the seeds' graph, its explorer and every query's answer into out/
run: venv
	$(BIN)/kg build $(SEEDS) --out $(OUT)
	$(BIN)/kg validate $(OUT)/kg.ttl
	$(BIN)/kg explore $(OUT)/kg.ttl -o $(OUT)/explorer.html
	mkdir -p $(OUT)/queries
	for query in queries/*.rq; do \
		$(BIN)/kg query "$$query" --kg $(OUT)/kg.ttl --format csv \
			-o $(OUT)/queries/$$(basename "$$query" .rq).csv || exit 1; \
	done
	@echo "graph: $(OUT)/kg.ttl  explorer: $(OUT)/explorer.html  query results: $(OUT)/queries/"

## browser: Debian's chromium and a CJK font for the explorer's browser tests (needs root)
browser:
	@if command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -q 'Noto Sans CJK'; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
	else \
		echo "the browser tests need Debian's chromium and fonts-noto-cjk:"; \
		echo "  sudo apt-get install chromium fonts-noto-cjk   (or set KG_SKIP_BROWSER=1)"; \
	fi

## test: install, then run the whole test suite
test: venv browser
	$(BIN)/python -m pytest -q

## docs: regenerate docs/ontology.md (Mermaid diagram and term tables) from ontology/
docs: venv
	$(BIN)/python scripts/ontology_diagram.py

clean:
	rm -rf $(OUT) $(VENV) *.egg-info

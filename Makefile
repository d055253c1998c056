# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SEEDS := seeds
OUT := out

.PHONY: run test venv build clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## run: install, then build the seeds' graph into out/
run: venv
	$(BIN)/kg build $(SEEDS) --out $(OUT)

## test: install, then run the whole test suite
test: venv
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(OUT) $(VENV) *.egg-info

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: report test lint typecheck clean generated screenshots

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

report: $(STAMP)
	$(BIN)/factlint check seeds --references references --claims claims --reports reports --fail-on none

# Files generated from the code and committed: the JSON Schema of report.json and the
# rules page SARIF links to. A test fails when either is stale.
generated: $(STAMP)
	$(BIN)/python -c 'from factlint.report.json_report import render_schema as r; print(r(), end="")' > reports/report.schema.json
	$(BIN)/python -c 'from factlint.report.rules import document as d; print(d(), end="")' > docs/rules.md

# The screenshots of report.html under docs/, taken by the browser tests.
screenshots: $(STAMP)
	FACTLINT_UPDATE_SCREENSHOTS=1 $(BIN)/python -m pytest -q tests/test_report_browser.py -k screenshot

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

test: lint typecheck
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) reports/*.md reports/*.html reports/*.json reports/*.xml reports/*.sarif

# Baladiya Desktop — the two commands a new developer needs: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
TS     := $(wildcard translations/*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test lint typecheck pytest bench bench-small translations lupdate installer frozen-smoke clean

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/activate
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/activate
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

translations/%.qm: translations/%.ts | $(VENV)/.installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

run: $(VENV)/.installed translations
	$(BIN)/baladiya-desktop

lint: $(VENV)/.installed-test
	$(BIN)/ruff check baladiya_desktop tests

typecheck: $(VENV)/.installed-test
	$(BIN)/mypy

pytest: $(VENV)/.installed-test translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

test: lint typecheck pytest

bench: $(VENV)/.installed-test translations
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/run_all.py --size full
	BALADIYA_KILLS=100 QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/field -q
	BALADIYA_SIM_EXAMPLES=25 BALADIYA_SIM_STEPS=60 QT_QPA_PLATFORM=offscreen $(PY) -m pytest \
		tests/sync/test_convergence.py -q -o faulthandler_timeout=3600

bench-small: $(VENV)/.installed-test translations
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/run_all.py --size small

# PNGs of every page, tab and dialog, Arabic and English, station and ministry (tour-*.png).
screenshots: $(VENV)/.installed-test translations
	QT_QPA_PLATFORM=offscreen $(PY) tests/gui/make_screenshots.py --out docs/screenshots

# The frozen one-folder app in dist/BaladiyaDesktop (the Windows installer wraps the same
# folder: see installer/baladiya.iss and .github/workflows/windows.yml).
installer: $(VENV)/.installed translations
	$(PY) -m pip install --quiet "pyinstaller>=6.6"
	$(BIN)/pyinstaller build_installer.spec --noconfirm --log-level WARN

frozen-smoke: installer
	$(PY) installer/smoke.py dist/BaladiyaDesktop

lupdate: $(VENV)/.installed
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete baladiya_desktop/ui -ts $(TS)

clean:
	rm -rf $(VENV) build dist *.egg-info translations/*.qm

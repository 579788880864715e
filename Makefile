# Two commands on a fresh machine: `make run` and `make test`.
# Both create the virtual environment in .venv on first use (and again when
# pyproject.toml changes).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test lint forms demo bench bench-frozen bundle deb clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "GO! HGW Desktop needs Python 3.11 or newer; set PYTHON=python3.11")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/go-hgw

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m go_hgw_desktop.ui.uic --check
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .

# Recompile resources/ui/*.ui into go_hgw_desktop/ui/forms/ (commit the result).
forms: $(STAMP)
	$(BIN)/python -m go_hgw_desktop.ui.uic

demo: $(STAMP)
	$(BIN)/go-hgw demo

bench: $(STAMP)
	$(BIN)/python benchmarks/storage.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/gui.py
	$(BIN)/python benchmarks/reports.py

# The frozen bundle against the source run (start-up and sizes); needs `make bundle` first.
bench-frozen: $(STAMP)
	$(BIN)/python benchmarks/frozen.py

# The frozen app (PyInstaller onedir) in dist/go-hgw-desktop, and the Debian package from it.
# installer/README.md says how; the bundle needs the build machine's glibc or newer.
BUILD_STAMP := $(VENV)/.build-stamp

$(BUILD_STAMP): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,build]'
	touch $(BUILD_STAMP)

bundle: $(BUILD_STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
		installer/go-hgw.spec
	dist/go-hgw-desktop/go-hgw --version

deb: bundle
	$(BIN)/python installer/linux/build_deb.py dist/go-hgw-desktop --out dist

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis build dist

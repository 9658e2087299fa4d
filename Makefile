# make run    set everything up and open the app (demo municipality on first start)
# make test   set everything up and run the whole test suite (offscreen)
# make check  ruff, mypy (core and GUI), the import contracts (no Qt in the core; the layers)
# make dist   the self-contained program folder out/dist/OTO (PyInstaller)
# make check-dist  build it and prove it runs on its own (CLI, report, window under Xvfb)

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: compile run test check dist check-dist screenshots guide bench translations clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,dev,pg]'
	touch $@

# Byte-compile our code even where PYTHONDONTWRITEBYTECODE is set (as on this CI): a module
# compiled on first import holds the interpreter lock and stalls the window meanwhile.
compile:
	$(BIN)/python -m compileall -q oto_app ui

run: $(STAMP) compile
	scripts/system-packages.sh window
	$(BIN)/oto-app init --demo --if-empty
	$(BIN)/oto-app

test: $(STAMP) compile
	scripts/system-packages.sh test
	scripts/with-postgres.sh $(BIN)/python -m pytest $(PYTEST_ARGS)

check: $(STAMP)
	$(BIN)/ruff check oto_app ui tests bench scripts
	$(BIN)/ruff format --check oto_app ui tests bench scripts
	$(BIN)/mypy
	$(BIN)/lint-imports

DIST_STAMP := $(VENV)/.dist-installed
$(DIST_STAMP): $(STAMP)
	$(BIN)/python -m pip install -q -e '.[test,dev,pg,dist]'
	touch $@

dist: $(DIST_STAMP) compile
	$(BIN)/pyinstaller --noconfirm --log-level WARN packaging/oto.spec \
		--distpath out/dist --workpath out/build

check-dist: dist
	scripts/system-packages.sh dist
	scripts/check-dist.sh

# Qt's translation system: pyside6-lupdate gathers every tr() of ui/ into the .ts file
# (keeping the translations made), pyside6-lrelease compiles it into the .qm the app loads.
# Dutch, the source language, has a file too, of the counted strings (tr("%n ...", "", n))
# alone: their Dutch forms for one and for more (Qt's numerus needs a translation for that).
TS := resources/translations/oto_en.ts
TS_NL := resources/translations/oto_nl.ts
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find ui -name '*.py' | sort) -no-obsolete -locations none \
		-source-language nl_NL -target-language en_GB -ts $(TS)
	$(BIN)/pyside6-lupdate $$(find ui -name '*.py' | sort) -no-obsolete -locations none \
		-pluralonly -source-language nl_NL -target-language nl_NL -ts $(TS_NL)
	$(BIN)/pyside6-lrelease $(TS) -qm $(TS:.ts=.qm)
	$(BIN)/pyside6-lrelease $(TS_NL) -qm $(TS_NL:.ts=.qm)

screenshots: $(STAMP)
	scripts/system-packages.sh test
	xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb $(BIN)/python scripts/screenshots.py out/screenshots
	xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb OTO_LANG=en $(BIN)/python scripts/screenshots.py out/screenshots/en

# The pictures in docs/handleiding.md, from the real app under Xvfb (commit them).
guide: screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/guide_pictures.py out/screenshots docs/images
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/guide_pictures.py out/screenshots/en docs/images/en

clean:
	rm -rf $(VENV) out build *.egg-info

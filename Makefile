# PRM Desktop: developer and CI entry points. Debian 12; needs only git and make to start.
#
#   make demo          install everything, then open the app on demo data
#   make test          install everything, then the whole test suite (SQLite and a throwaway
#                      PostgreSQL), ruff and mypy
#   make lint          ruff check, ruff format --check, mypy
#   make bundle        PyInstaller one-folder bundle in dist/prm-desktop/
#   make bundle-smoke  build the bundle, then run its --self-test offscreen
#   make screenshot    docs/screenshot.png from demo data (offscreen)
#   make translations  refresh resources/translations/*.ts from the sources and compile *.qm
#   make clean         remove build/ and dist/
#
# `install` runs as root (CI) or calls sudo for apt; it is idempotent and takes about a second
# once everything is in place, so every target depends on it.
# Extra arguments: make demo ARGS="--lang ja"; make test PYTEST_ARGS="-x -k partner".

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

VENV := .venv
BIN := $(VENV)/bin
ARGS ?=
PYTEST_ARGS ?=

# Qt Linguist: every module of prm_desktop (views/, views/tabs/, models/, ...) is scanned for
# tr()/translate(); the catalogues are kept in the repository (English has one too: it carries
# the plural forms).
TR_SOURCES = $(shell find prm_desktop -name '*.py' -not -path '*/__pycache__/*' | LC_ALL=C sort)
TR_DIR := resources/translations
TR_LANGS := ja en

.PHONY: help install demo test lint bundle bundle-smoke screenshot translations clean

help:
	@sed -n 's/^#   make /  make /p' $(firstword $(MAKEFILE_LIST))

install:
	@scripts/install.sh

# With no display (SSH session, container, CI) the window still opens, on a virtual X server:
# when DISPLAY and WAYLAND_DISPLAY are unset and xvfb-run exists, the app runs under
# `xvfb-run -a` (nothing is visible; stop it with Ctrl-C).
demo: install
	@if [ -z "$${DISPLAY:-}" ] && [ -z "$${WAYLAND_DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then \
		echo "demo: no DISPLAY: running under xvfb-run -a (invisible; Ctrl-C to quit)"; \
		exec xvfb-run -a $(BIN)/prm-desktop --demo $(ARGS); \
	fi; \
	exec $(BIN)/prm-desktop --demo $(ARGS)

# A throwaway PostgreSQL (scripts/pg-start.sh) serves the PostgreSQL half of the suite and is
# stopped whether the checks pass or fail. Every check runs; the first failure's exit code is
# the target's.
test: install
	@url="$$(scripts/pg-start.sh)"; \
	trap 'scripts/pg-stop.sh' EXIT; \
	trap 'exit 130' INT TERM; \
	export PRM_TEST_DATABASE_URL="$$url"; \
	status=0; \
	check() { \
		echo "+ $$*"; \
		"$$@" || { rc=$$?; echo "FAILED ($$rc): $$*"; [ "$$status" -ne 0 ] || status=$$rc; }; \
	}; \
	check env QT_QPA_PLATFORM=offscreen $(BIN)/pytest $(PYTEST_ARGS); \
	check $(BIN)/ruff check .; \
	check $(BIN)/ruff format --check .; \
	check $(BIN)/mypy; \
	exit $$status

lint: install
	@status=0; \
	check() { \
		echo "+ $$*"; \
		"$$@" || { rc=$$?; echo "FAILED ($$rc): $$*"; [ "$$status" -ne 0 ] || status=$$rc; }; \
	}; \
	check $(BIN)/ruff check .; \
	check $(BIN)/ruff format --check .; \
	check $(BIN)/mypy; \
	exit $$status

bundle: install
	$(BIN)/pyinstaller --noconfirm --log-level WARN build.spec
	@echo "bundle: dist/prm-desktop/ ($$(du -sh dist/prm-desktop | cut -f1))"

# The self-test opens (creates and migrates) a fresh SQLite file, builds the main window
# offscreen and queries it; it runs from an empty folder so nothing leaks in from the sources.
bundle-smoke: bundle
	@scripts/bundle-smoke.sh dist/prm-desktop/prm-desktop

screenshot: install
	$(BIN)/python scripts/screenshot.py $(ARGS)

translations: install
	$(BIN)/pyside6-lupdate -no-obsolete $(TR_SOURCES) -ts $(foreach l,$(TR_LANGS),$(TR_DIR)/prm_$(l).ts)
	@for l in $(TR_LANGS); do \
		echo "+ pyside6-lrelease $(TR_DIR)/prm_$$l.ts"; \
		$(BIN)/pyside6-lrelease $(TR_DIR)/prm_$$l.ts -qm $(TR_DIR)/prm_$$l.qm; \
	done

clean:
	rm -rf build dist

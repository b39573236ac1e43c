#!/usr/bin/env bash
# Install everything PRM Desktop needs on Debian 12 (bookworm), then the dev virtualenv.
#
#   scripts/install.sh            (from any directory; `make install` calls it)
#
# 1. Debian packages (Python, the libraries Qt needs offscreen and under Xvfb, the Japanese
#    font, poppler-utils, PostgreSQL, binutils for PyInstaller). apt is skipped entirely when
#    every package is already installed, so repeated runs take about a second. Runs apt as root,
#    or through sudo when not root.
# 2. .venv (created with the python3 on PATH when missing or broken), pip upgraded, and
#    `pip install -e '.[test,build]'`. Skipped when pyproject.toml has not changed since the
#    last successful install (a stamp in .venv); PRM_FORCE_INSTALL=1 forces it.
#
# Quiet on success, errors are shown. Idempotent.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

APT_PACKAGES=(
    python3 python3-venv python3-dev
    libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3
    xvfb xauth libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
    libxcb-randr0 libxcb-render-util0 libxcb-image0
    fonts-ipaexfont-gothic poppler-utils postgresql binutils
)
VENV="$ROOT/.venv"
STAMP="$VENV/.prm-install-stamp"

log() { printf 'install: %s\n' "$*" >&2; }
die() { printf 'install: error: %s\n' "$*" >&2; exit 1; }

# Run a command, hiding its output unless it fails.
quietly() {
    local out status=0
    out="$(mktemp)"
    "$@" >"$out" 2>&1 || status=$?
    if [ "$status" -ne 0 ]; then
        cat "$out" >&2
        rm -f "$out"
        log "failed ($status): $*"
        return "$status"
    fi
    rm -f "$out"
}

missing_packages() {
    local pkg
    for pkg in "${APT_PACKAGES[@]}"; do
        if [ "$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null)" != "ii " ]; then
            printf '%s\n' "$pkg"
        fi
    done
}

install_system_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        log "no dpkg/apt-get here (not Debian?): skipping system packages;" \
            "install the equivalents of: ${APT_PACKAGES[*]}"
        return 0
    fi
    local missing
    missing="$(missing_packages)"
    if [ -z "$missing" ]; then
        return 0
    fi
    local -a sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            die "not root and no sudo; as root run: apt-get install -y $(echo "$missing" | tr '\n' ' ')"
        fi
    fi
    # shellcheck disable=SC2086 # one package name per word
    log "installing Debian packages:" $missing
    local start=$SECONDS
    local -a apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o Acquire::Retries=3)
    quietly "${apt[@]}" update
    # shellcheck disable=SC2086
    quietly "${apt[@]}" install -y --no-install-recommends $missing
    missing="$(missing_packages)"
    [ -z "$missing" ] || die "still missing after apt-get install: $missing"
    log "Debian packages installed in $((SECONDS - start)) s"
}

venv_ok() {
    [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
        >/dev/null 2>&1 && [ -x "$VENV/bin/pip" ]
}

install_venv() {
    command -v python3 >/dev/null 2>&1 || die "python3 not found on PATH"
    if ! venv_ok; then
        if [ -e "$VENV" ]; then
            log "$VENV is broken or too old: recreating it"
            rm -rf "$VENV"
        fi
        log "creating $VENV with $(command -v python3) ($(python3 --version 2>&1))"
        quietly python3 -m venv "$VENV"
    fi
    local want
    want="$( (sha256sum pyproject.toml; readlink -f "$VENV/bin/python") | sha256sum | cut -d' ' -f1)"
    if [ "${PRM_FORCE_INSTALL:-0}" != 1 ] && [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ]; then
        return 0
    fi
    local start=$SECONDS
    rm -f "$STAMP"
    log "installing Python packages into $VENV (pip install -e '.[test,build]')"
    export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
    quietly "$VENV/bin/python" -m pip install --upgrade pip
    quietly "$VENV/bin/python" -m pip install -e '.[test,build]'
    printf '%s\n' "$want" >"$STAMP"
    log "Python packages installed in $((SECONDS - start)) s"
}

install_system_packages
install_venv

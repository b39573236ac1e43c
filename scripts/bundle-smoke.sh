#!/usr/bin/env bash
# Smoke-test a built bundle: `make bundle-smoke` (after `make bundle`).
#
#   scripts/bundle-smoke.sh [dist/prm-desktop/prm-desktop]
#
# Runs the bundle's --self-test offscreen twice on a fresh SQLite file in an empty temporary
# folder (first run creates and migrates the database, second run opens the existing one),
# plus --version. Every run must exit 0; the self-test prints a JSON report that must say
# "ok": true. Nothing from the source tree is on any path the bundle sees.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EXE="${1:-$ROOT/dist/prm-desktop/prm-desktop}"
case "$EXE" in /*) ;; *) EXE="$PWD/$EXE" ;; esac
[ -x "$EXE" ] || { echo "bundle-smoke: $EXE not found: run make bundle first" >&2; exit 1; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
export QT_QPA_PLATFORM=offscreen
: "${LANG:=C.UTF-8}" # Qt warns (and falls back to C.UTF-8) under a non-UTF-8 locale
export LANG
# The bundle must not lean on the developer's environment.
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV PRM_DB
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"

"$EXE" --version

run_self_test() {
    local label="$1" out start=$SECONDS
    shift
    out="$("$EXE" --self-test --db "$WORK/self-test.db" "$@")" || {
        echo "bundle-smoke: $label: self-test exited $? ($out)" >&2
        exit 1
    }
    echo "bundle-smoke: $label ($((SECONDS - start)) s): $out"
    case "$out" in
        *'"ok": true'*) ;;
        *) echo "bundle-smoke: $label: report is not ok" >&2; exit 1 ;;
    esac
}

run_self_test "new database"
[ -s "$WORK/self-test.db" ] || { echo "bundle-smoke: the database file was not created" >&2; exit 1; }
run_self_test "existing database, Japanese UI" --lang ja
echo "bundle-smoke: OK ($(du -sh "$(dirname "$EXE")" | cut -f1))"

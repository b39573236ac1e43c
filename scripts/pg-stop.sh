#!/usr/bin/env bash
# Stop the throwaway PostgreSQL server started by scripts/pg-start.sh and delete its folder.
#
#   scripts/pg-stop.sh     (same PGPORT / PRM_PG_DIR as given to pg-start.sh, if any)
#
# Does nothing when there is no such folder; refuses to delete a folder pg-start.sh did not
# create. Safe to call any number of times.
set -euo pipefail

PORT="${PGPORT:-54329}"
DIR="${PRM_PG_DIR:-/tmp/prm-pg-$PORT}"
DATA="$DIR/data"
MARKER="$DIR/.prm-pg"

log() { printf 'pg-stop: %s\n' "$*" >&2; }
die() { printf 'pg-stop: error: %s\n' "$*" >&2; exit 1; }

[[ "$DIR" = /* ]] || die "PRM_PG_DIR must be an absolute path, got '$DIR'"
if [ ! -e "$DIR" ] && [ ! -L "$DIR" ]; then
    exit 0
fi
if [ -L "$DIR" ] || [ ! -d "$DIR" ]; then
    die "$DIR is not a folder: not touching it"
fi
if [ ! -e "$MARKER" ] && [ -n "$(ls -A "$DIR")" ]; then
    die "$DIR was not created by pg-start.sh: not touching it"
fi
cd /

find_bindir() {
    local d
    if [ -n "${PG_BINDIR:-}" ] && [ -x "$PG_BINDIR/pg_ctl" ]; then
        printf '%s\n' "$PG_BINDIR"
        return
    fi
    d="$(cat "$DIR/bindir" 2>/dev/null || true)"
    if [ -n "$d" ] && [ -x "$d/pg_ctl" ]; then
        printf '%s\n' "$d"
        return
    fi
    while read -r d; do
        if [ -x "$d/pg_ctl" ]; then
            printf '%s\n' "$d"
            return
        fi
    done < <(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -rV)
    if command -v pg_ctl >/dev/null 2>&1; then
        dirname "$(command -v pg_ctl)"
    fi
}

# The postmaster's pid when it is still running on $DATA, else nothing (a stale pid file's
# number may belong to an unrelated process by now).
server_pid() {
    local pid
    pid="$(head -n 1 "$DATA/postmaster.pid" 2>/dev/null || true)"
    if [[ "$pid" =~ ^[0-9]+$ ]] && [ -r "/proc/$pid/cmdline" ] &&
        tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$DATA"; then
        printf '%s\n' "$pid"
    fi
}

if [ -f "$DATA/postmaster.pid" ] && [ -n "$(server_pid)" ]; then
    AS_OWNER=()
    owner="$(stat -c %U "$DATA")"
    if [ "$(id -u)" -eq 0 ] && [ "$owner" != root ]; then
        AS_OWNER=(runuser -u "$owner" --)
    fi
    BIN="$(find_bindir)"
    if [ -n "$BIN" ]; then
        "${AS_OWNER[@]}" "$BIN/pg_ctl" -D "$DATA" -m fast -w -t 30 stop >/dev/null 2>&1 ||
            "${AS_OWNER[@]}" "$BIN/pg_ctl" -D "$DATA" -m immediate -w -t 30 stop >/dev/null 2>&1 ||
            true
    fi
    pid="$(server_pid)"
    if [ -n "$pid" ]; then
        log "the server (pid $pid) did not stop: killing it"
        kill -KILL "$pid" 2>/dev/null || true
        for _ in 1 2 3 4 5 6 7 8 9 10; do
            [ -n "$(server_pid)" ] || break
            sleep 0.5
        done
    fi
    [ -z "$(server_pid)" ] || die "could not stop the server in $DATA"
    log "stopped the server in $DIR"
fi
rm -rf "$DIR"

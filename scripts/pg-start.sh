#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the test suite and print its SQLAlchemy URL.
#
#   export PRM_TEST_DATABASE_URL="$(scripts/pg-start.sh)"
#   ...
#   scripts/pg-stop.sh
#
# - Listens on 127.0.0.1 only, port $PGPORT (default 54329; when PGPORT is not set and 54329 is
#   taken by something else, the next free port is used).
# - Everything lives in $PRM_PG_DIR (default /tmp/prm-pg-$PGPORT, i.e. /tmp/prm-pg-54329):
#   data/, the socket folder sock/, server.log, initdb.log, url.
# - Role `prm` (random password, or $PRM_PG_PASSWORD: letters, digits, _ and - only) owning
#   the database `prm_test`.
# - A server left over from a previous run in the same folder is stopped and wiped first.
# - As root (CI), the server runs as the `postgres` system user (installed with the postgresql
#   package) through runuser; as any other user, it runs as that user.
# - The binaries are taken from $PG_BINDIR, else the newest /usr/lib/postgresql/*/bin (Debian),
#   else pg_config --bindir, else initdb on PATH.
# - Settings favour speed over durability (fsync=off): this cluster is disposable.
#
# stdout carries exactly one line, the URL; progress and errors go to stderr.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REQUESTED_PORT="${PGPORT:-}"
PORT="${PGPORT:-54329}"
DIR="${PRM_PG_DIR:-/tmp/prm-pg-$PORT}"
DATA="$DIR/data"
SOCK="$DIR/sock"
MARKER="$DIR/.prm-pg"
DB_USER=prm
DB_NAME=prm_test
# libpq settings from the caller's environment must not redirect our psql calls.
unset PGHOST PGHOSTADDR PGUSER PGDATABASE PGSERVICE PGSERVICEFILE PGOPTIONS PGPASSWORD PGPASSFILE

log() { printf 'pg-start: %s\n' "$*" >&2; }
die() { printf 'pg-start: error: %s\n' "$*" >&2; exit 1; }

[[ "$PORT" =~ ^[0-9]+$ ]] || die "PGPORT must be a number, got '$PORT'"
[[ "$DIR" = /* ]] || die "PRM_PG_DIR must be an absolute path, got '$DIR'"

find_bindir() {
    local d
    if [ -n "${PG_BINDIR:-}" ]; then
        [ -x "$PG_BINDIR/initdb" ] || die "PG_BINDIR=$PG_BINDIR has no initdb"
        printf '%s\n' "$PG_BINDIR"
        return
    fi
    # Debian/Ubuntu: /usr/lib/postgresql/<major>/bin, newest major first.
    while read -r d; do
        if [ -x "$d/initdb" ]; then
            printf '%s\n' "$d"
            return
        fi
    done < <(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -rV)
    if command -v pg_config >/dev/null 2>&1; then
        d="$(pg_config --bindir)"
        if [ -x "$d/initdb" ]; then
            printf '%s\n' "$d"
            return
        fi
    fi
    if command -v initdb >/dev/null 2>&1; then
        dirname "$(command -v initdb)"
        return
    fi
    die "PostgreSQL server binaries not found (Debian: apt-get install postgresql; or set PG_BINDIR)"
}

# True when something accepts TCP connections on 127.0.0.1:$1.
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

BIN="$(find_bindir)"
if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || die "no 'postgres' system user (apt-get install postgresql)"
    command -v runuser >/dev/null 2>&1 || die "runuser not found (util-linux)"
    OWNER=postgres
    AS_OWNER=(runuser -u postgres --)
else
    OWNER="$(id -un)"
    AS_OWNER=()
fi
SUPERUSER="$OWNER" # initdb's bootstrap superuser; peer authentication on the socket
cd / # the owner may not be allowed into the caller's working directory

# A previous run's server and files go first (pg-stop.sh refuses folders that are not ours).
PRM_PG_DIR="$DIR" "$HERE/pg-stop.sh" >&2

if ! port_in_use "$PORT"; then
    :
elif [ -n "$REQUESTED_PORT" ]; then
    die "port $PORT on 127.0.0.1 is in use (choose another PGPORT)"
else
    first="$PORT"
    while port_in_use "$PORT"; do
        PORT=$((PORT + 1))
        [ "$PORT" -lt $((first + 100)) ] || die "no free port in $first-$PORT"
    done
    log "port $first is in use: using $PORT"
fi

PASSWORD="${PRM_PG_PASSWORD:-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')}"
[[ "$PASSWORD" =~ ^[A-Za-z0-9_-]+$ ]] || die "PRM_PG_PASSWORD may only contain letters, digits, _ and -"

if [ "$(id -u)" -eq 0 ]; then
    install -d -o postgres -g postgres -m 755 "$DIR" "$SOCK"
    install -d -o postgres -g postgres -m 700 "$DATA"
    "${AS_OWNER[@]}" test -w "$SOCK" ||
        die "user postgres cannot reach $DIR (is a parent folder private?); set PRM_PG_DIR under /tmp"
else
    mkdir -p "$DIR"
    install -d -m 700 "$DATA" "$SOCK"
fi
: >"$MARKER"
printf '%s\n' "$BIN" >"$DIR/bindir"

if locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'; then
    LOCALE=(--locale=C.UTF-8)
else
    LOCALE=(--no-locale)
fi

start=$SECONDS
if ! "${AS_OWNER[@]}" "$BIN/initdb" -D "$DATA" -U "$SUPERUSER" -E UTF8 "${LOCALE[@]}" \
    --auth-local=peer --auth-host=scram-sha-256 --no-sync >"$DIR/initdb.log" 2>&1; then
    cat "$DIR/initdb.log" >&2
    die "initdb failed"
fi

# The log file is created by the server process, inside the postgres-owned folder.
SERVER_OPTS="-k '$SOCK' -p $PORT -c listen_addresses=127.0.0.1"
SERVER_OPTS+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
if ! "${AS_OWNER[@]}" "$BIN/pg_ctl" -D "$DATA" -l "$DIR/server.log" -w -t 60 -o "$SERVER_OPTS" \
    start >/dev/null 2>"$DIR/pg_ctl.log"; then
    cat "$DIR/pg_ctl.log" >&2
    tail -n 30 "$DIR/server.log" >&2 2>/dev/null || true
    die "the server did not start (see above)"
fi

psql_super() {
    "${AS_OWNER[@]}" "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$SOCK" -p "$PORT" \
        -U "$SUPERUSER" -d postgres "$@"
}
if ! psql_super -c "CREATE ROLE $DB_USER LOGIN PASSWORD '$PASSWORD'" \
    -c "CREATE DATABASE $DB_NAME OWNER $DB_USER" >&2; then
    PRM_PG_DIR="$DIR" "$HERE/pg-stop.sh" >&2 || true
    die "creating the role/database failed"
fi

# Prove the URL works: password authentication over TCP, as the application will connect.
if ! PGPASSWORD="$PASSWORD" "$BIN/psql" -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" \
    -U "$DB_USER" -d "$DB_NAME" -c "SELECT 1" >/dev/null; then
    PRM_PG_DIR="$DIR" "$HERE/pg-stop.sh" >&2 || true
    die "cannot log in as $DB_USER over TCP"
fi

URL="postgresql+psycopg://$DB_USER:$PASSWORD@127.0.0.1:$PORT/$DB_NAME"
(umask 077 && printf '%s\n' "$URL" >"$DIR/url")
log "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT ready in" \
    "$((SECONDS - start)) s (data in $DIR; stop with scripts/pg-stop.sh)"
printf '%s\n' "$URL"

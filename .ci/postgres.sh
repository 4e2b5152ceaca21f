#!/usr/bin/env bash
# Starts a private PostgreSQL server for the store tests (depeche-store's PostgresStoreTest) and
# exports the URL they read, DEPECHE_TEST_PG_URL. Meant to be sourced by .ci/run:
#   source .ci/postgres.sh      # installs Debian's postgresql when missing, starts it, creates a db
# The server listens on 127.0.0.1:$DEPECHE_PG_PORT (default 55432) with its data under
# $DEPECHE_PG_DIR (default /tmp/depeche-ci-pg); `depeche_pg_stop` stops it if this script started it.
set -euo pipefail

depeche_pg_port="${DEPECHE_PG_PORT:-55432}"
depeche_pg_dir="${DEPECHE_PG_DIR:-/tmp/depeche-ci-pg}"
depeche_pg_started=""

depeche_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

if [[ -z "$(depeche_pg_bin)" || ! -x "$(depeche_pg_bin)/initdb" ]]; then
  echo "ci: installing PostgreSQL (Debian package)" >&2
  sudo_cmd=""
  [[ "$(id -u)" != 0 ]] && sudo_cmd="sudo"
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2
fi
depeche_pg_bindir="$(depeche_pg_bin)"

# initdb refuses to run as root: run the server as the postgres user then
depeche_as_pg() {
  if [[ "$(id -u)" == 0 ]]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

if ! "$depeche_pg_bindir/pg_isready" -q -h 127.0.0.1 -p "$depeche_pg_port"; then
  echo "ci: starting PostgreSQL on 127.0.0.1:$depeche_pg_port ($depeche_pg_dir)" >&2
  rm -rf "$depeche_pg_dir"
  mkdir -p "$depeche_pg_dir"
  [[ "$(id -u)" == 0 ]] && { id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres; chown postgres "$depeche_pg_dir"; }
  depeche_as_pg "$depeche_pg_bindir/initdb" -D "$depeche_pg_dir/data" -U postgres --auth-local=trust \
    --auth-host=scram-sha-256 >"$depeche_pg_dir/initdb.log"
  depeche_as_pg "$depeche_pg_bindir/pg_ctl" -D "$depeche_pg_dir/data" -l "$depeche_pg_dir/server.log" -w \
    -o "-p $depeche_pg_port -k $depeche_pg_dir -c listen_addresses=127.0.0.1 -c fsync=off" start >&2
  depeche_pg_started=1
fi

depeche_psql() { depeche_as_pg "$depeche_pg_bindir/psql" -h "$depeche_pg_dir" -p "$depeche_pg_port" -U postgres -qAt "$@"; }
if [[ -z "$(depeche_psql -c "SELECT 1 FROM pg_roles WHERE rolname = 'depeche'")" ]]; then
  depeche_psql -c "CREATE ROLE depeche LOGIN PASSWORD 'depeche'"
fi
if [[ -z "$(depeche_psql -c "SELECT 1 FROM pg_database WHERE datname = 'depeche_test'")" ]]; then
  depeche_psql -c "CREATE DATABASE depeche_test OWNER depeche"
fi

export DEPECHE_TEST_PG_URL="postgresql://depeche:depeche@127.0.0.1:$depeche_pg_port/depeche_test"
echo "ci: DEPECHE_TEST_PG_URL=postgresql://depeche:***@127.0.0.1:$depeche_pg_port/depeche_test" >&2

depeche_pg_stop() {
  if [[ -n "$depeche_pg_started" ]]; then
    depeche_as_pg "$depeche_pg_bindir/pg_ctl" -D "$depeche_pg_dir/data" -m fast stop >&2 || true
  fi
}
set +e +u +o pipefail

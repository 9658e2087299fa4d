#!/usr/bin/env bash
# Run a command with a throwaway PostgreSQL server (Debian's pg_virtualenv): the tests
# find it in OTO_TEST_POSTGRES_URL and run every database test on it as well as on
# SQLite. The cluster is dropped when the command ends, whatever its exit code.
# Without pg_virtualenv the command runs on SQLite alone, except in CI (CI=true), where
# PostgreSQL must be tested and its absence is a failure.
set -euo pipefail

if ! command -v pg_virtualenv >/dev/null 2>&1; then
  if [ "${CI:-}" = "true" ]; then
    echo "CI needs PostgreSQL (pg_virtualenv not found)" >&2
    exit 1
  fi
  echo "pg_virtualenv not found: testing on SQLite only" >&2
  exec "$@"
fi

# pg_ctl refuses to run as root; pg_virtualenv handles that by running the server as postgres.
# -t: a private cluster directory even as root, so that several runs at once (several
# worktrees on one machine) do not collide on the one shared "regress" cluster.
exec pg_virtualenv -t -o fsync=off bash -c '
  export OTO_TEST_POSTGRES_URL="postgresql+psycopg://${PGUSER}:${PGPASSWORD}@${PGHOST}:${PGPORT}/${PGDATABASE}"
  exec "$@"' with-postgres "$@"

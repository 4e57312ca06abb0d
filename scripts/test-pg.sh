#!/usr/bin/env bash
# Runs the database tests on PostgreSQL: creates a throw-away database dti_test_<random> on
# 127.0.0.1:5432 (user postgres, or PGUSER/PGHOST/PGPORT), runs `*.db.test.ts` with DATABASE_URL
# set, and drops it (and the per-file databases the tests derived from it) whatever happens.
set -euo pipefail
host="${PGHOST:-127.0.0.1}"
port="${PGPORT:-5432}"
user="${PGUSER:-postgres}"
name="dti_test_$(od -An -N4 -tx1 /dev/urandom | tr -d ' \n')"
psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -h "$host" -p "$port" -U "$user" -d postgres "$@"; }

cleanup() {
  psql_admin -t -A -c "select datname from pg_database where datname like '${name}%'" |
    while read -r db; do
      [ -n "$db" ] && psql_admin -c "drop database if exists \"$db\" with (force)"
    done
}
trap cleanup EXIT

psql_admin -c "create database \"$name\""
echo "Cơ sở dữ liệu thử: $name"
DATABASE_URL="postgres://$user@$host:$port/$name" npx vitest run --config vitest.db.config.ts "$@"

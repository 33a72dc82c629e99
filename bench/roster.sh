#!/usr/bin/env bash
# Times `account-service import-roster` on a synthetic district of N students (default one
# million, a parent for two in three), first import and re-import, on SQLite and PostgreSQL.
#
#   bench/roster.sh [STUDENTS]        (PG_URL overrides the server)
set -euo pipefail
cd "$(dirname "$0")/.."
STUDENTS="${1:-1000000}"
PG_SERVER="${PG_URL:-postgres://postgres@127.0.0.1:5432}"
WORK=target/bench/roster-$STUDENTS
SVC=target/release/account-service
CARGO_BUILD_JOBS=2 cargo build --release -q -p account-service
[ -f "$WORK/users.csv" ] || python3 bench/oneroster_district.py "$STUDENTS" "$WORK"
timed() { local start; start=$(date +%s.%N); "$@"; echo "wall time: $(echo "$(date +%s.%N) - $start" | bc) s"; }
echo "# $(date -u +%FT%TZ), $STUDENTS students, $(nproc) cores"
rm -f "$WORK/roster.db"*
echo "## SQLite, first import"; timed $SVC import-roster --database "sqlite:$WORK/roster.db" --oneroster "$WORK"
echo "## SQLite, the same files again"; timed $SVC import-roster --database "sqlite:$WORK/roster.db" --oneroster "$WORK"
psql "$PG_SERVER/postgres" -qc "DROP DATABASE IF EXISTS wck_roster" -c "CREATE DATABASE wck_roster"
echo "## PostgreSQL, first import"; timed $SVC import-roster --database "$PG_SERVER/wck_roster" --oneroster "$WORK"
echo "## PostgreSQL, the same files again"; timed $SVC import-roster --database "$PG_SERVER/wck_roster" --oneroster "$WORK"

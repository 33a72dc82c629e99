#!/usr/bin/env bash
# Service benchmarks of the README's "Benchmarks" section, all in one run on one machine:
# argon2 rate of a core, the bare axum ceiling, health/policy/start on SQLite and PostgreSQL
# with a million students, verifications against the argon2 bound, peak memory under 200
# concurrent verifications, and the query plans of the look-ups.
#
#   bench/service.sh [STUDENTS]        (default 1000000; PG_URL overrides the server)
#
# The load generator runs on the same machine as the service, so both share its cores.
set -euo pipefail
cd "$(dirname "$0")/.."
STUDENTS="${1:-1000000}"
PG_SERVER="${PG_URL:-postgres://postgres@127.0.0.1:5432}"
PG_DB=wck_bench
WORK=target/bench
mkdir -p "$WORK"
SVC=target/release/account-service
LG=target/release/loadgen
DURATION="${DURATION:-10}"
ONLY="${ONLY:-}"   # sqlite or postgres: run that database's part alone
# A service left behind by an interrupted run would answer in place of the new one.
trap 'kill $(jobs -p) 2>/dev/null || true' EXIT

CARGO_BUILD_JOBS=2 cargo build --release -q -p account-service -p loadgen
# An independent load tool for the fast endpoints: the project's own generator tops out below
# the service there, so both are printed side by side.
command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null

# wrk's figure for one GET: requests per second and its latency percentiles (WRK NAME URL [TOKEN])
wrk_get() {
    local name=$1 url=$2 token=${3:-}
    local auth=()
    [ -n "$token" ] && auth=(-H "Authorization: Bearer $token")
    local out
    out=$(wrk -t2 -c32 -d"${DURATION}s" --latency "${auth[@]}" "$url")
    local rps p50 p99
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    echo "wrk $name: $rps req/s, p50 $p50, p99 $p99"
    echo "{\"tool\":\"wrk\",\"label\":\"$name\",\"req_per_s\":$rps}"
}

echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem/ {print $2}') GiB"
echo "# $(date -u +%FT%TZ), $STUDENTS students"
echo
$LG hash-rate --seconds 5
echo

seed() { # URL
    local url=$1
    local start; start=$(date +%s.%N)
    $SVC seed-scale --database "$url" --students "$STUDENTS" 2>&1 | tail -1
    echo "seed-scale wall time: $(echo "$(date +%s.%N) - $start" | bc) s"
}

peak_rss_kib() { grep VmHWM "/proc/$1/status" | awk '{print $2}'; }

run_service() { # NAME URL PORT
    local name=$1 url=$2 port=$3
    echo "## $name"
    local token
    token=$($SVC devices add --database "$url" --name "bench $name $$" --mode kiosk 2>/dev/null)
    if curl -fsS "http://127.0.0.1:$port/v1/health" >/dev/null 2>&1; then
        echo "port $port is taken by another process; stop it first" >&2
        exit 1
    fi
    $SVC serve --database "$url" --listen "127.0.0.1:$port" 2>"$WORK/$name.log" &
    local pid=$!
    for _ in $(seq 50); do curl -fsS "http://127.0.0.1:$port/v1/health" >/dev/null 2>&1 && break; sleep 0.1; done
    local base="http://127.0.0.1:$port"
    for scenario in health policy start; do
        $LG run --base "$base" --token="$token" --scenario "$scenario" --students "$STUDENTS" \
            --kiosks 32 --duration "$DURATION" --json "$name"
        echo
    done
    wrk_get "$name health" "$base/v1/health"
    wrk_get "$name policy" "$base/v1/password-policy" "$token"
    echo
    $LG run --base "$base" --token="$token" --scenario start --students "$STUDENTS" \
        --rate 1000 --duration "$DURATION" --json "$name"
    echo
    echo "service RSS before verifications: $(peak_rss_kib $pid) KiB (peak so far)"
    # The argon2 bound again, just before the verifications it bounds (the machine drifts).
    $LG hash-rate --seconds 6
    $LG run --base "$base" --token="$token" --scenario verify --students "$STUDENTS" \
        --kiosks 200 --duration "$DURATION" --json "$name"
    echo "service peak RSS with 200 concurrent verifications: $(peak_rss_kib $pid) KiB"
    echo
    $LG run --base "$base" --token="$token" --scenario flow --students "$STUDENTS" \
        --first-student $(( (RANDOM * 32768 + RANDOM) % (STUDENTS / 2) )) \
        --kiosks 16 --duration "$DURATION" --json "$name"
    echo
    kill $pid; wait $pid 2>/dev/null || true
}

if [ -z "$ONLY" ]; then
    echo "## bare axum handler (the ceiling)"
    $LG bare --listen 127.0.0.1:18090 2>/dev/null &
    BARE=$!
    sleep 0.5
    $LG run --base http://127.0.0.1:18090 --scenario health --kiosks 32 --duration "$DURATION" --json bare
    wrk_get "bare" "http://127.0.0.1:18090/v1/health"
    kill $BARE; wait $BARE 2>/dev/null || true
    echo
fi

SQLITE_URL="sqlite:$WORK/scale-$STUDENTS.db"
if [ -z "$ONLY" ] || [ "$ONLY" = sqlite ]; then
    if [ ! -f "$WORK/scale-$STUDENTS.db" ]; then seed "$SQLITE_URL"; fi
    run_service sqlite "$SQLITE_URL" 18181
fi

PG_URL_DB="$PG_SERVER/$PG_DB"
if [ -z "$ONLY" ] || [ "$ONLY" = postgres ]; then
    have=$(psql "$PG_SERVER/postgres" -Atc "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'" || true)
    count=0
    if [ "$have" = 1 ]; then count=$(psql "$PG_URL_DB" -Atc "SELECT count(*) FROM students WHERE student_id >= '300000000'" || echo 0); fi
    if [ "$count" != "$STUDENTS" ]; then
        psql "$PG_SERVER/postgres" -qc "DROP DATABASE IF EXISTS $PG_DB" -c "CREATE DATABASE $PG_DB"
        seed "$PG_URL_DB"
        psql "$PG_URL_DB" -qc "VACUUM ANALYZE"
    fi
    run_service postgres "$PG_URL_DB" 18182
fi

[ -n "$ONLY" ] && exit 0
echo "## query plans of start's look-ups"
for q in "student_id = '300123456'" "username_lower = 'sofiar123456'"; do
    echo "SQLite: $q"
    sqlite3 "$WORK/scale-$STUDENTS.db" "EXPLAIN QUERY PLAN SELECT * FROM students WHERE $q"
    echo "PostgreSQL: $q"
    psql "$PG_URL_DB" -Atc "EXPLAIN ANALYZE SELECT * FROM students WHERE $q"
done
echo "SQLite: answers, device and token look-ups"
sqlite3 "$WORK/scale-$STUDENTS.db" "EXPLAIN QUERY PLAN SELECT question FROM student_answers WHERE student_ref = 'stu_scale_5' ORDER BY position"
sqlite3 "$WORK/scale-$STUDENTS.db" "EXPLAIN QUERY PLAN SELECT id FROM devices WHERE token_hash = 'x' AND revoked_at IS NULL"
sqlite3 "$WORK/scale-$STUDENTS.db" "EXPLAIN QUERY PLAN SELECT kind FROM tokens WHERE token_hash = 'x'"

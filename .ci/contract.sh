#!/usr/bin/env bash
# The API as a third party sees it: schemathesis, which none of us wrote, reads the served
# OpenAPI document and runs its examples, coverage, fuzzing and stateful phases with every
# check against a running service on the demo data — with a kiosk token for the terminal
# operations, and a counter token plus a staff session for the staff ones. Any failure or
# warning fails. Bounded: a fixed seed and example count.
#
#   .ci/contract.sh [path/to/account-service]
set -euo pipefail
cd "$(dirname "$0")/.."
service=${1:-target/debug/account-service}
work=$(mktemp -d)
trap 'kill "${pid:-0}" 2>/dev/null || true; [ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
export ACCOUNT_SERVICE_HASH_MEMORY_KIB=7168 ACCOUNT_SERVICE_HASH_ITERATIONS=1
db="sqlite:$work/accounts.db"
"$service" seed-demo --database "$db" --hash-memory-kib 7168 --hash-iterations 1 >/dev/null
kiosk=$("$service" devices add --database "$db" --name contract-kiosk --mode kiosk)
counter=$("$service" devices add --database "$db" --name contract-counter --mode counter)
# Each TOTP code signs in once, and the sign-out run below needs a fresh session per case: a
# pool of staff members (made as an operator would, secrets read off `staff add`), each good
# for two sign-ins per 30 seconds, for .ci/schemathesis_hooks.py.
: >"$work/staff-pool"
for i in $(seq 30); do
    secret=$(printf 'Contract-Pool-Pass-%s\n' "$i" |
        "$service" staff add --database "$db" "contract.$i" --name "Pool $i" \
            --center "Bronx Family Welcome Center" --hash-memory-kib 7168 --hash-iterations 1 |
        sed -n 's/^secret: //p')
    echo "contract.$i Contract-Pool-Pass-$i $secret" >>"$work/staff-pool"
done
# The staff run signs in as a supervisor, who may also read the day's report.
supervisor_secret=$(printf 'Contract-Supervisor-Pass-1\n' |
    "$service" staff add --database "$db" contract.supervisor --name "Supervisor" \
        --center "Bronx Family Welcome Center" --role supervisor \
        --hash-memory-kib 7168 --hash-iterations 1 |
    sed -n 's/^secret: //p')
# One more, whose first sign-in is the staff run's example (its code computed just before).
example_secret=$(printf 'Contract-Example-Pass-1\n' |
    "$service" staff add --database "$db" contract.example --name "Example" \
        --center "Bronx Family Welcome Center" --hash-memory-kib 7168 --hash-iterations 1 |
    sed -n 's/^secret: //p')
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
"$service" serve --database "$db" --listen "127.0.0.1:$port" >"$work/service.log" 2>&1 &
pid=$!
for _ in $(seq 50); do curl -sf "$base/v1/health" >/dev/null && break; sleep 0.2; done
curl -sf -H "Authorization: Bearer $kiosk" "$base/v1/openapi.json" >"$work/openapi.json"
sign_in() {
    local code
    code=$(python3 .ci/totp.py "$supervisor_secret")
    curl -sf -H "Authorization: Bearer $counter" -H 'Content-Type: application/json' \
        -d "{\"staff_id\":\"contract.supervisor\",\"password\":\"Contract-Supervisor-Pass-1\",\"totp\":\"$code\"}" \
        "$base/v1/staff/session" |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["session"])'
}
staff=$(sign_in)

# Staff operations name a student in their path: Ava's, so that they reach the account.
ava=$(curl -sf -H "Authorization: Bearer $counter" -H "X-Staff-Session: $staff" \
    "$base/v1/staff/students?q=AvaM1234" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["students"][0]["student_ref"])')
# The claim names a hand-off in its path: one a kiosk sent, so that the first claim takes it
# (and the later ones are told 409 that another counter did).
handoff=$(curl -sf -H "Authorization: Bearer $kiosk" -H 'Content-Type: application/json' \
    -d '{"language":"es","reason":"asked"}' "$base/v1/handoffs" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["handoff"])')
cp .ci/schemathesis.toml "$work/schemathesis.toml"
printf '\n[parameters]\n"path.student_ref" = "%s"\n"query.student" = "%s"\n"path.handoff" = "%s"\n' \
    "$ava" "$ava" "$handoff" >>"$work/schemathesis.toml"
# The staff actions need a live identity check (ten minutes): the examples carry one, so that
# the example phase reaches the change itself.
check=$(curl -sf -H "Authorization: Bearer $counter" -H "X-Staff-Session: $staff" \
    -H 'Content-Type: application/json' -d '{"visitor":"student","document":"IDNYC card"}' \
    "$base/v1/staff/students/$ava/identity-checks" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["check"])')
python3 - "$work/openapi.json" "$check" <<'PY'
import json, sys
path, check = sys.argv[1], sys.argv[2]
doc = json.load(open(path))
for name in ("CheckRequest", "StaffPasswordRequest"):
    doc["components"]["schemas"][name]["properties"]["check"]["examples"] = [check]
json.dump(doc, open(path, "w"))
PY

run() {
    schemathesis --config-file "$work/schemathesis.toml" run "$work/openapi.json" --url "$base" \
        --checks all --phases examples,coverage,fuzzing,stateful \
        --seed 20261201 --max-examples "${CONTRACT_EXAMPLES:-40}" --workers 1 \
        --request-timeout 20 "$@"
}
status=0
# The terminal's own operations, as a kiosk.
run -H "Authorization: Bearer $kiosk" --exclude-path-regex '^/v1/staff/' || status=1
# Signing out, each time with a session of its own (.ci/schemathesis_hooks.py). First: the
# staff run below fuzzes the sign-in, which pauses the staff member's sign-ins for a while.
CONTRACT_BASE=$base CONTRACT_COUNTER_TOKEN=$counter CONTRACT_STAFF_POOL=$work/staff-pool \
    SCHEMATHESIS_HOOKS=schemathesis_hooks \
    PYTHONPATH=.ci run -H "Authorization: Bearer $counter" --include-operation-id staffSignOut \
    --phases examples,coverage,fuzzing || status=1
# The staff operations, as a counter with a signed-in staff member. The sign-in example is a
# staff member who has not signed in yet, with the code of this moment, so that it gets in.
python3 - "$work/openapi.json" "$(python3 .ci/totp.py "$example_secret")" <<'PY'
import json, sys
path, code = sys.argv[1], sys.argv[2]
doc = json.load(open(path))
props = doc["components"]["schemas"]["StaffSessionRequest"]["properties"]
props["staff_id"]["examples"] = ["contract.example"]
props["password"]["examples"] = ["Contract-Example-Pass-1"]
props["totp"]["examples"] = [code]
json.dump(doc, open(path, "w"))
PY
run -H "Authorization: Bearer $counter" -H "X-Staff-Session: $staff" \
    --include-path-regex '^/v1/staff/' --exclude-operation-id staffSignOut || status=1
if [ "$status" -ne 0 ]; then
    echo "schemathesis found failures; the service log:" >&2
    tail -n 50 "$work/service.log" >&2
fi
exit "$status"

#!/usr/bin/env bash
# Issue 16 benchmarks at national scale on PostgreSQL: `dondoc gen` (COPY, per-stage times),
# then over HTTP, one client: the national roll-up (every province side by side, as a central
# body reads it), a province's and a commune's roll-up, the first page of a province's task
# list, search across a province, and the month's evaluations of a commune and of a province
# and the ranking of a province's units, as a province-level specialist. Release binaries.
#   DB_URL=postgres://postgres@127.0.0.1:5432/dondoc_nation bench/scripts/nation.sh [SCALE] [PORT]
#   SCALE defaults to "nation" (34 provinces, 3,332 communes, 2,000,000 staff, 2,000,000
#   tasks, and monthly evaluations of everyone from January to TODAY's month: ≈ 22 M evaluations
#   and ≈ 80 M workflow steps to 20/11/2023); "nation:20000000" for twenty million tasks.
#   KEEP=1 reuses the data of an earlier run (no generation). TODAY (default 2023-11-20) is
#   the generator's and the server's today; the evaluations read are those of the month before.
set -euo pipefail
BIN=${BIN:-${CARGO_TARGET_DIR:-target}/release}
SCALE=${1:-nation}
PORT=${2:-8096}
N=${N:-60}
TODAY=${TODAY:-2023-11-20}
MONTH=$(date -d "$TODAY -1 month" +%Y-%m)
DIR=${DIR:-/tmp/bench-nation}
URL=http://127.0.0.1:$PORT
: "${DB_URL:?set DB_URL to an empty PostgreSQL database}"
mkdir -p "$DIR"
export DONDOC_DATA_DIR=$DIR DONDOC_TODAY=$TODAY DONDOC_LISTEN=127.0.0.1:$PORT DONDOC_DATABASE_URL=$DB_URL
if [ -z "${KEEP:-}" ]; then
  "$BIN/dondoc" migrate >/dev/null
  /usr/bin/time -f "gen: %e s, max RSS %M KB" "$BIN/dondoc" gen --scale "$SCALE" --today "$TODAY" 2>&1 | tr '\r' '\n' | grep -v '\[' | tail -12
  echo 'bench-password-2023' | "$BIN/dondoc" user create --admin --name Bench benchadmin >/dev/null
fi
psql "$DB_URL" -Atc "SELECT 'rows: units ' || (SELECT COUNT(*) FROM units) || ', people ' || (SELECT COUNT(*) FROM people) || ', tasks ' || (SELECT COUNT(*) FROM tasks) || ', progress reports ' || (SELECT COUNT(*) FROM progress_reports) || ', evaluations ' || (SELECT COUNT(*) FROM evaluations) || ', evaluation steps ' || (SELECT COUNT(*) FROM evaluation_steps) || ', size ' || pg_size_pretty(pg_database_size(current_database()))"
# A province (the first top-level unit) and a commune in it (the deepest-numbered commune-level unit).
PROVINCE=$(psql "$DB_URL" -Atc "SELECT id FROM units WHERE parent_id IS NULL ORDER BY id LIMIT 1")
COMMUNE=$(psql "$DB_URL" -Atc "SELECT id FROM units WHERE parent_id = $PROVINCE AND kind IN ('commune','ward') ORDER BY id LIMIT 1")
LOGIN=province$PROVINCE
if [ -z "${KEEP:-}" ]; then
  echo 'bench-password-2023' | "$BIN/dondoc" user create --name "Chuyên viên tỉnh" --role "specialist@$PROVINCE" "$LOGIN" >/dev/null
fi
ADMIN=$("$BIN/dondoc" token create benchadmin --name "bench-$RANDOM" | tail -1)
SPEC=$("$BIN/dondoc" token create "$LOGIN" --name "bench-$RANDOM" | tail -1)
"$BIN/dondoc" serve >"$DIR/serve.log" 2>&1 &
PID=$!; trap 'kill $PID' EXIT
for _ in $(seq 120); do curl -sf "$URL/api/v1/openapi.json" -o /dev/null && break; sleep 1; done
b() { local tok=$1; shift; "$BIN/dondoc-bench" --url "$URL" --token "$tok" get "$1" --n "$N"; }
echo "province $PROVINCE, commune $COMMUNE"
echo "national roll-up (every province):";        b "$ADMIN" "/api/v1/rollup/all"
echo "national roll-up, period 2023:";             b "$ADMIN" "/api/v1/rollup/all?period=2023"
echo "province roll-up:";                          b "$ADMIN" "/api/v1/rollup?unit_id=$PROVINCE"
echo "commune roll-up:";                           b "$ADMIN" "/api/v1/rollup?unit_id=$COMMUNE"
echo "province task list, first page:";            b "$SPEC" "/api/v1/tasks?within=$PROVINCE&limit=50"
for Q in "ke%20hoach%20thuc%20hien" "kiem%20tra%20giam%20sat" "nguyen%20van" "ubnd"; do
  echo "search across the province, q=$Q:";       b "$SPEC" "/api/v1/search?q=$Q&limit=20"
done
echo "a commune's evaluations of $MONTH, first page:";  b "$SPEC" "/api/v1/evaluations?within=$COMMUNE&period=$MONTH&limit=50"
echo "a province's evaluations of $MONTH, first page:"; b "$SPEC" "/api/v1/evaluations?within=$PROVINCE&period=$MONTH&limit=50"
echo "ranking of the province's units, $MONTH:";       b "$SPEC" "/api/v1/rankings?within=$PROVINCE&period=$MONTH"

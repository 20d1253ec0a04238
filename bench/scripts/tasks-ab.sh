#!/usr/bin/env bash
# Task creation through the API, two builds compared on one machine (docs/performance.md, "The
# 21/11 code measured beside today's"): each build serves a fresh copy of its own generated city
# (`dondoc gen --scale city --today 2023-11-20` into DIR/dondoc.db), the runs alternate, and the
# server's CPU time is printed beside `dondoc-bench`'s rates.
#   bench/scripts/tasks-ab.sh ROUNDS label:BINDIR:DATADIR [label:BINDIR:DATADIR …]
#   SINGLE=5000 BATCHED=50000 PORT=8210 (defaults)
set -euo pipefail
rounds=${1:?rounds}; shift
SINGLE=${SINGLE:-5000}; BATCHED=${BATCHED:-50000}; PORT=${PORT:-8210}
run=$(mktemp -d)
trap 'rm -rf "$run"' EXIT
tick=$(getconf CLK_TCK)
for r in $(seq 1 "$rounds"); do
  for spec in "$@"; do
    IFS=: read -r label bin data <<<"$spec"
    rm -rf "$run/db" && cp -r "$data" "$run/db"
    echo "== $label, round $r, load $(cut -d' ' -f1 /proc/loadavg)"
    export DONDOC_DATA_DIR=$run/db DONDOC_LOG=warn
    DONDOC_LISTEN=127.0.0.1:$PORT "$bin/dondoc" serve >"$run/serve.log" 2>&1 &
    pid=$!
    for _ in $(seq 60); do curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 1; done
    echo 'bench-password-123456' | "$bin/dondoc" user create --admin --name Bench benchadmin >/dev/null
    token=$("$bin/dondoc" token create benchadmin --name bench | tail -1)
    c0=$(awk '{print $14+$15}' "/proc/$pid/stat")
    "$bin/dondoc-bench" --url "http://127.0.0.1:$PORT" --token "$token" tasks --plan-id 1 --lead-unit-id 1979 \
      --single "$SINGLE" --concurrency 16 --batched "$BATCHED" --batch-size 1000 | grep -E "single|batched"
    c1=$(awk '{print $14+$15}' "/proc/$pid/stat")
    awk -v t="$(( c1 - c0 ))" -v hz="$tick" 'BEGIN { printf "server CPU %.2f s\n", t / hz }'
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
done

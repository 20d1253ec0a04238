#!/usr/bin/env bash
# Issue 13 benchmarks: a requirement over every Party cell of a city (≈10,000) generated through
# the API, its live list for several subtrees, and a 20 MB attachment up and down with the
# server's RSS read from /proc. Release binaries; SQLite by default, PostgreSQL when
# DB_URL=postgres://… is given (the database must be empty).
#   bench/scripts/compliance.sh [SCALE] [PORT]
#   SCALE defaults to "city,cells=60-100" (about 10,000 cells).
set -euo pipefail
BIN=${BIN:-${CARGO_TARGET_DIR:-target}/release}
SCALE=${1:-city,cells=60-100}
PORT=${2:-8097}
DIR=${DIR:-/tmp/bench-compliance}
URL=http://127.0.0.1:$PORT
# KEEP=1 reuses the data of an earlier run (no generation).
[ -z "${KEEP:-}" ] && { rm -rf "$DIR"; mkdir -p "$DIR"; }
export DONDOC_DATA_DIR=$DIR DONDOC_TODAY=2023-11-20 DONDOC_LISTEN=127.0.0.1:$PORT DONDOC_MAX_UPLOAD_MB=25
[ -n "${DB_URL:-}" ] && export DONDOC_DATABASE_URL=$DB_URL
if [ -z "${KEEP:-}" ]; then
  "$BIN/dondoc" migrate >/dev/null
  /usr/bin/time -f "gen: %e s, max RSS %M KB" "$BIN/dondoc" gen --scale "$SCALE" --today 2023-11-20 2>&1 | tail -2
  echo 'bench-password-2023' | "$BIN/dondoc" user create --admin --name Bench benchadmin >/dev/null
fi
TOKEN=$("$BIN/dondoc" token create benchadmin --name "bench-$RANDOM" | tail -1)
"$BIN/dondoc" serve >"$DIR/serve.log" 2>&1 &
PID=$!; trap 'kill $PID' EXIT
for _ in $(seq 60); do curl -sf "$URL/api/v1/openapi.json" -o /dev/null && break; sleep 1; done
api() { curl -sf -H "Authorization: Bearer $TOKEN" -H 'content-type: application/json' "$@"; }
ROOT=$(api "$URL/api/v1/units?limit=1" | python3 -c 'import json,sys; d=json.load(sys.stdin); d=d.get("items",d) if isinstance(d,dict) else d; print(d[0]["id"])')
echo "root unit $ROOT"
BODY="{\"issuer_unit_id\":$ROOT,\"scope_unit_id\":$ROOT,\"unit_kind\":\"party_cell\",\"title\":\"Sinh hoạt chính trị chuyên đề trong kỳ sinh hoạt chi bộ tháng 12/2023\",\"due_on\":\"2023-12-31\"}"
api -o "$DIR/req.json" -w "requirement generated: %{time_total} s (HTTP %{http_code})\n" -X POST "$URL/api/v1/requirements" -d "$BODY"
REQ=$(python3 -c 'import json; print(json.load(open("'"$DIR"'/req.json"))["requirement"]["id"])' 2>/dev/null \
   || python3 -c 'import json; print(json.load(open("'"$DIR"'/req.json"))["id"])')
ITEMS=$(api "$URL/api/v1/requirements/$REQ" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(json.dumps(d.get("totals", d.get("live", {}))))')
echo "requirement $REQ: $ITEMS"
# Subtrees: the root, the first unit below it with children, one commune.
SUBS=$(api "$URL/api/v1/units?parent_id=$ROOT&limit=200" | python3 -c '
import json,sys; us=json.load(sys.stdin); us=us.get("items",us) if isinstance(us,dict) else us; ks=[u for u in us if u.get("kind") in ("district","commune","ward","province_city","town")]
print(" ".join(str(u["id"]) for u in ks[:2]))')
for U in $ROOT $SUBS; do
  echo "live list, subtree $U:"; "$BIN/dondoc-bench" --url "$URL" --token "$TOKEN" get "/api/v1/requirements/$REQ?unit_id=$U" --n 60
  echo "live page, subtree $U:"; "$BIN/dondoc-bench" --url "$URL" --token "$TOKEN" get "/yeu-cau/$REQ?don_vi=$U" --n 60 || true
done
# A 20 MB attachment: uploaded to a progress report, then downloaded, RSS read around each.
# The first open task of the list that takes a progress report.
for TASK in $(api "$URL/api/v1/tasks?limit=50" | python3 -c 'import json,sys; d=json.load(sys.stdin); d=d.get("items",d) if isinstance(d,dict) else d; print(" ".join(str(t["id"]) for t in d))'); do
  REP=$(api -X POST "$URL/api/v1/tasks/$TASK/progress" -d '{"percent":95,"text":"Đo tải tệp đính kèm 20 MB"}' 2>/dev/null \
        | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d.get("report",d).get("id") or d["id"])' 2>/dev/null) && break
done
echo "progress report $REP of task $TASK"
python3 -c 'import os; f=open("'"$DIR"'/big.pdf","wb"); f.write(b"%PDF-1.4\n"); f.write(os.urandom(20*1024*1024-9))'
rss() { awk '/VmRSS/{print $2}' /proc/$PID/status; }
R0=$(rss)
curl -sf -H "Authorization: Bearer $TOKEN" -o "$DIR/up.json" -w "upload 20 MB: %{time_total} s (HTTP %{http_code})\n" -F "file=@$DIR/big.pdf;type=application/pdf" "$URL/api/v1/tasks/$TASK/progress/$REP/files"
R1=$(rss)
FILE=$(python3 -c 'import json; d=json.load(open("'"$DIR"'/up.json")); print(d[0]["id"])')
curl -sf -H "Authorization: Bearer $TOKEN" -o "$DIR/down.pdf" -w "download 20 MB: %{time_total} s\n" "$URL/api/v1/files/$FILE"
R2=$(rss)
cmp -s "$DIR/big.pdf" "$DIR/down.pdf" && echo "downloaded file identical"
echo "server RSS: before $R0 KB, after upload $R1 KB (+$((R1-R0))), after download $R2 KB (+$((R2-R1)))"

#!/usr/bin/env bash
# Content fingerprint of what `dondoc gen` writes: one md5 per table over its rows in a fixed
# order, without the load's own timestamps (created_at, updated_at: the clock at load time).
#   bench/scripts/gen-fingerprint.sh postgres://postgres@127.0.0.1:5432/db > before.txt   (then diff two runs)
URL=${1:?a PostgreSQL URL}
for t in units unit_ancestors people documents document_links themes theme_plans tasks task_cooperators progress_reports extension_requests explanation_requests targets target_actuals task_rollup; do
  psql "$URL" -Atc "SELECT '$t ' || COUNT(*) || ' ' || md5(coalesce(string_agg(j, E'\n' ORDER BY j), '')) FROM (SELECT (to_jsonb(x) - 'created_at' - 'updated_at')::text AS j FROM $t x) s"
done

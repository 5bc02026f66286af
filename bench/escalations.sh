#!/usr/bin/env bash
# Escalation timer lateness on PostgreSQL: 10,000 open CRM incidents whose second escalation step
# (platform lead, 15 minutes unacknowledged) falls due within one minute; the timer records the
# step in the timeline, and lateness is that entry's time minus the due time.
# Writes bench/results/escalations-postgresql.json.
#   bench/escalations.sh [INCIDENTS=10000] [WINDOW_SECONDS=60] [LEAD_SECONDS=90]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
COUNT=${1:-10000}
WINDOW=${2:-60}
LEAD=${3:-90}
OUT=$RESULTS/escalations-postgresql.json
psql_bench() { psql -q -At -h 127.0.0.1 -U "$PG_USER" -d "$PG_DATABASE" -c "$1"; }

bench_build
bench_fresh_postgres
bench_start "$PG_URL" "$PG_USER" "$(mktemp)"
pid=$SERVER_PID
trap 'bench_stop $pid' EXIT

declared=$("$JAVA" bench/EscalationBench.java "http://127.0.0.1:$PORT" $TOKEN "$COUNT" "$WINDOW" "$LEAD") \
  || { echo "declaring failed or did not finish before the first due time: $declared" >&2; exit 1; }
echo "$declared"
STEP="t.kind = 'escalated' AND t.summary LIKE 'Escalated to 2 platform lead%'"
# Wait until every incident reached step 2 (the window, then as long as they lag; 10 min at most).
for _ in $(seq 1 600); do
  left=$((COUNT - $(psql_bench "SELECT count(*) FROM timeline_entry t WHERE $STEP")))
  [ "$left" -le 0 ] && break
  sleep 1
done
figures=$(psql_bench "
  SELECT json_build_object('stepsReached', count(*), 'unfired', $left,
    'latenessMs', json_build_object(
      'p50', round(percentile_cont(0.50) WITHIN GROUP (ORDER BY ms)::numeric, 1),
      'p99', round(percentile_cont(0.99) WITHIN GROUP (ORDER BY ms)::numeric, 1),
      'max', round(max(ms)::numeric, 1)))
  FROM (SELECT EXTRACT(EPOCH FROM (t.occurred_at - (i.detected_at + INTERVAL '15 minutes'))) * 1000 AS ms
        FROM timeline_entry t JOIN incident i ON i.id = t.incident_id
        WHERE $STEP) lateness")
echo "{\"declared\": $declared, \"fired\": $figures, \"serverRssMiB\": $(bench_rss_mib $pid), \"target\": \"p99 < 1000 ms\"}" > "$OUT"
cat "$OUT"

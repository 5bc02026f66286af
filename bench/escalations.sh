#!/usr/bin/env bash
# Escalation timer lateness on PostgreSQL: 10,000 open CRM incidents whose second escalation step
# (platform lead, 15 minutes unacknowledged) falls due within one minute; the timer records the
# step in the timeline, and lateness is that entry's time minus the due time.
# Writes bench/results/escalations-postgresql.json.
#   bench/escalations.sh [INCIDENTS=10000] [WINDOW_SECONDS=60] [LEAD_SECONDS=90]
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-10000}
WINDOW=${2:-60}
LEAD=${3:-90}
PORT=${BENCH_PORT:-18080}
PG_URL=${BENCH_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/tocsin_bench}
PG_USER=${BENCH_POSTGRES_USER:-postgres}
PG_DATABASE=${PG_URL##*/}; PG_DATABASE=${PG_DATABASE%%\?*}
TOKEN=bench-token-0123456789
OUT=bench/results/escalations-postgresql.json
mkdir -p bench/results

if [ -z "${JAVA_HOME:-}" ]; then
  for jdk in /usr/lib/jvm/*/; do
    [ -x "$jdk/bin/javac" ] && "$jdk/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])' && export JAVA_HOME=${jdk%/} && break
  done
fi
JAVA="$JAVA_HOME/bin/java"
psql_bench() { psql -q -At -h 127.0.0.1 -U "$PG_USER" -d "$PG_DATABASE" -c "$1"; }

./mvnw -B -q -DskipTests package
JAR=$(ls target/tocsin-*.jar | grep -v original | head -1)
psql -q -h 127.0.0.1 -U "$PG_USER" -d postgres -c "DROP DATABASE IF EXISTS $PG_DATABASE" -c "CREATE DATABASE $PG_DATABASE"
log=$(mktemp)
TOCSIN_DATABASE_URL="$PG_URL" TOCSIN_DATABASE_USER="$PG_USER" TOCSIN_ADMIN_TOKEN=$TOKEN \
  TOCSIN_ADMIN_PASSWORD=bench-password SERVER_PORT=$PORT "$JAVA" -Xmx512m -jar "$JAR" > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "localhost:$PORT/health" >/dev/null && break; sleep 0.5; done

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
rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
echo "{\"declared\": $declared, \"fired\": $figures, \"serverRssMiB\": $((rss / 1024)), \"target\": \"p99 < 1000 ms\"}" > "$OUT"
cat "$OUT"

#!/usr/bin/env bash
# Incident API benchmark on H2 and on PostgreSQL: builds Tocsin, starts it on each database on
# local port 18080 (BENCH_PORT), runs IncidentBench against it, and records latency, throughput and the
# server's memory in bench/results/incidents-<database>-c<concurrency>.json.
#   bench/incidents.sh [OPERATIONS=2000] [CONCURRENCY=16]
set -euo pipefail
cd "$(dirname "$0")/.."
OPERATIONS=${1:-2000}
CONCURRENCY=${2:-16}
PORT=${BENCH_PORT:-18080}
PG_URL=${BENCH_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/tocsin_bench}
PG_USER=${BENCH_POSTGRES_USER:-postgres}
TOKEN=bench-token-0123456789
RESULTS=bench/results
mkdir -p "$RESULTS"

if [ -z "${JAVA_HOME:-}" ]; then
  for jdk in /usr/lib/jvm/*/; do
    [ -x "$jdk/bin/javac" ] && "$jdk/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])' && export JAVA_HOME=${jdk%/} && break
  done
fi
JAVA="$JAVA_HOME/bin/java"

./mvnw -B -q -DskipTests package
JAR=$(ls target/tocsin-*.jar | grep -v original | head -1)

run() {  # label, JDBC URL (empty: a fresh H2 file), database user
  local label=$1 url=$2 user=$3
  local data; data=$(mktemp -d)
  [ -n "$url" ] || url="jdbc:h2:file:$data/tocsin;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64"
  TOCSIN_DATABASE_URL="$url" TOCSIN_DATABASE_USER="$user" TOCSIN_ADMIN_TOKEN=$TOKEN \
    TOCSIN_ADMIN_PASSWORD=bench-password SERVER_PORT=$PORT "$JAVA" -Xmx512m -jar "$JAR" > "$data/server.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 120); do curl -sf "localhost:$PORT/health" >/dev/null && break; sleep 0.5; done
  "$JAVA" bench/IncidentBench.java "http://localhost:$PORT" $TOKEN "$OPERATIONS" "$CONCURRENCY" \
    "$RESULTS/incidents-$label-c$CONCURRENCY.json.tmp" "$label" || { kill $pid; tail -20 "$data/server.log"; exit 1; }
  local rss; rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  kill $pid; wait $pid 2>/dev/null || true
  # the server's resident memory after the run joins the figures
  tr -d '\n' < "$RESULTS/incidents-$label-c$CONCURRENCY.json.tmp" | sed "s/}}\$/}, \"serverRssMiB\": $((rss / 1024))}/" \
    > "$RESULTS/incidents-$label-c$CONCURRENCY.json"
  rm -f "$RESULTS/incidents-$label-c$CONCURRENCY.json.tmp" && rm -rf "$data"
  echo; echo "-> $RESULTS/incidents-$label-c$CONCURRENCY.json"
}

run h2 "" sa
psql -q -h 127.0.0.1 -U "$PG_USER" -d postgres -c "DROP DATABASE IF EXISTS tocsin_bench" -c "CREATE DATABASE tocsin_bench"
run postgresql "$PG_URL" "$PG_USER"

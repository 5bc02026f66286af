#!/usr/bin/env bash
# Alert ingestion benchmark on H2 and on PostgreSQL: builds Tocsin, starts it on each database on
# local port 18080 (BENCH_PORT), runs AlertBench against it, and records throughput, latency, the
# storm check and the server's memory in bench/results/alerts-<database>.json. BENCH_GROUP_WINDOW
# (ISO-8601, e.g. PT1H) creates the bench's integrations with that group window; the server gets
# this environment, so SPRING_THREADS_VIRTUAL_ENABLED=false runs it on platform threads.
# BENCH_DATABASES=h2 (or postgresql) runs one half.
#   bench/alerts.sh [SECONDS=20] [SENDERS=16]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_MEASURED=${1:-20}
SENDERS=${2:-16}
PORT=${BENCH_PORT:-18080}
PG_URL=${BENCH_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/tocsin_bench}
PG_USER=${BENCH_POSTGRES_USER:-postgres}
PG_DATABASE=${PG_URL##*/}; PG_DATABASE=${PG_DATABASE%%\?*}
TOKEN=bench-token-0123456789
RESULTS=bench/results
FAILED=0
mkdir -p "$RESULTS"

if [ -z "${JAVA_HOME:-}" ]; then
  for jdk in /usr/lib/jvm/*/; do
    [ -x "$jdk/bin/javac" ] && "$jdk/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])' && export JAVA_HOME=${jdk%/} && break
  done
fi
JAVA="$JAVA_HOME/bin/java"

./mvnw -B -q -DskipTests package
JAR=$(ls target/tocsin-*.jar | grep -v original | head -1)

stop() {  # pid: a server that ignores SIGTERM for a minute (out of memory, say) is killed
  kill "$1"
  for _ in $(seq 1 60); do kill -0 "$1" 2>/dev/null || break; sleep 1; done
  kill -9 "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

run() {  # label, JDBC URL (empty: a fresh H2 file), database user
  local label=$1 url=$2 user=$3
  local data; data=$(mktemp -d)
  local out="$RESULTS/alerts-$label.json"
  [ -n "$url" ] || url="jdbc:h2:file:$data/tocsin;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64"
  TOCSIN_DATABASE_URL="$url" TOCSIN_DATABASE_USER="$user" TOCSIN_ADMIN_TOKEN=$TOKEN \
    TOCSIN_ADMIN_PASSWORD=bench-password SERVER_PORT=$PORT "$JAVA" -Xmx512m -jar "$JAR" > "$data/server.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 120); do curl -sf "localhost:$PORT/health" >/dev/null && break; sleep 0.5; done
  local rc=0
  "$JAVA" bench/AlertBench.java "http://127.0.0.1:$PORT" $TOKEN "$SECONDS_MEASURED" "$SENDERS" "$out.tmp" "$label" \
    $pid "${BENCH_GROUP_WINDOW:-}" || rc=$?
  local rss; rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status 2>/dev/null || echo 0)
  stop $pid
  if [ $rc -ne 0 ]; then
    FAILED=1
    echo "AlertBench failed on $label; server log: $data/server.log"
    grep -E 'ERROR|WARN' "$data/server.log" | tail -5 || true
  fi
  [ -f "$out.tmp" ] || return 0
  # the server's resident memory after the run and its thread model join the figures
  tr -d '\n' < "$out.tmp" | sed "s/}\$/, \"serverRssMiB\": $((rss / 1024)), \"serverVirtualThreads\": ${SPRING_THREADS_VIRTUAL_ENABLED:-true}}/" > "$out"
  rm -f "$out.tmp"
  [ $rc -ne 0 ] || rm -rf "$data"
  echo "-> $out"
}

for database in ${BENCH_DATABASES:-h2 postgresql}; do
  case $database in
    h2) run h2 "" sa ;;
    postgresql)
      psql -q -h 127.0.0.1 -U "$PG_USER" -d postgres -c "DROP DATABASE IF EXISTS $PG_DATABASE" \
        -c "CREATE DATABASE $PG_DATABASE"
      run postgresql "$PG_URL" "$PG_USER" ;;
    *) echo "unknown database '$database' in BENCH_DATABASES (h2, postgresql)" >&2; exit 2 ;;
  esac
done
exit $FAILED

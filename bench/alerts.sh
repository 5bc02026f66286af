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
source bench/lib.sh
SECONDS_MEASURED=${1:-20}
SENDERS=${2:-16}
FAILED=0

bench_build

run() {  # label, JDBC URL (empty: a fresh H2 file), database user
  local label=$1 url=$2 user=$3
  local data; data=$(mktemp -d)
  local out="$RESULTS/alerts-$label.json"
  bench_start "${url:-$(bench_h2_url "$data")}" "$user" "$data/server.log"
  local pid=$SERVER_PID
  local rc=0
  "$JAVA" bench/AlertBench.java "http://127.0.0.1:$PORT" $TOKEN "$SECONDS_MEASURED" "$SENDERS" "$out.tmp" "$label" \
    $pid "${BENCH_GROUP_WINDOW:-}" || rc=$?
  local rss; rss=$(bench_rss_mib $pid)
  bench_stop $pid
  if [ $rc -ne 0 ]; then
    FAILED=1
    echo "AlertBench failed on $label; server log: $data/server.log"
    grep -E 'ERROR|WARN' "$data/server.log" | tail -5 || true
  fi
  [ -f "$out.tmp" ] || return 0
  # the server's resident memory after the run and its thread model join the figures
  tr -d '\n' < "$out.tmp" | sed "s/}\$/, \"serverRssMiB\": $rss, \"serverVirtualThreads\": ${SPRING_THREADS_VIRTUAL_ENABLED:-true}}/" > "$out"
  rm -f "$out.tmp"
  [ $rc -ne 0 ] || rm -rf "$data"
  echo "-> $out"
}

for database in ${BENCH_DATABASES:-h2 postgresql}; do
  case $database in
    h2) run h2 "" sa ;;
    postgresql) bench_fresh_postgres; run postgresql "$PG_URL" "$PG_USER" ;;
    *) echo "unknown database '$database' in BENCH_DATABASES (h2, postgresql)" >&2; exit 2 ;;
  esac
done
exit $FAILED

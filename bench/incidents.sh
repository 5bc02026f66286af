#!/usr/bin/env bash
# Incident API benchmark on H2 and on PostgreSQL: builds Tocsin, starts it on each database on
# local port 18080 (BENCH_PORT), runs IncidentBench against it, and records latency, throughput and the
# server's memory in bench/results/incidents-<database>-c<concurrency>.json.
#   bench/incidents.sh [OPERATIONS=2000] [CONCURRENCY=16]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
OPERATIONS=${1:-2000}
CONCURRENCY=${2:-16}

bench_build

run() {  # label, JDBC URL (empty: a fresh H2 file), database user
  local label=$1 url=$2 user=$3
  local data; data=$(mktemp -d)
  local out="$RESULTS/incidents-$label-c$CONCURRENCY.json"
  bench_start "${url:-$(bench_h2_url "$data")}" "$user" "$data/server.log"
  local pid=$SERVER_PID
  "$JAVA" bench/IncidentBench.java "http://localhost:$PORT" $TOKEN "$OPERATIONS" "$CONCURRENCY" "$out.tmp" "$label" \
    || { bench_stop $pid; tail -20 "$data/server.log"; exit 1; }
  local rss; rss=$(bench_rss_mib $pid)
  bench_stop $pid
  # the server's resident memory after the run joins the figures
  tr -d '\n' < "$out.tmp" | sed "s/}}\$/}, \"serverRssMiB\": $rss}/" > "$out"
  rm -f "$out.tmp" && rm -rf "$data"
  echo; echo "-> $out"
}

run h2 "" sa
bench_fresh_postgres
run postgresql "$PG_URL" "$PG_USER"

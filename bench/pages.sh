#!/usr/bin/env bash
# Alert-to-page latency on H2 and on PostgreSQL: an alert in Alertmanager's webhook format posted
# to Tocsin, to the webhook channel's request arriving at a local receiver, one page at a time,
# after every Customer Portal person got a webhook contact method. The same alerts then go through
# a real Alertmanager (Debian's prometheus-alertmanager, group_wait 0s, a webhook receiver pointing
# at the same receiver), in the same run, for the ratio. Writes bench/results/pages-<database>.json.
# BENCH_DATABASES=h2 (or postgresql) runs one half.
# Warm-up pages go first, unmeasured, until a round of 1,000 in which the server's JIT compiler
# threads were all but idle (PageBench.warmUp); BENCH_WARM_UP=N sends N instead.
# BENCH_JVM_ARGS are passed to the server's JVM (say, to try another garbage collector).
#   bench/pages.sh [PAGES=1000]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
PAGES=${1:-1000}
RECEIVER_PORT=${BENCH_RECEIVER_PORT:-18099}
ALERTMANAGER_PORT=${BENCH_ALERTMANAGER_PORT:-18093}
ALERTMANAGER=${BENCH_ALERTMANAGER:-/usr/bin/prometheus-alertmanager}
[ -x "$ALERTMANAGER" ] || { echo "$ALERTMANAGER not found: apt-get install -y prometheus-alertmanager" >&2; exit 2; }

bench_build

am_dir=$(mktemp -d)
cat > "$am_dir/alertmanager.yml" <<YAML
route:
  receiver: bench
  group_by: [alertname]
  group_wait: 0s
  group_interval: 1s
  repeat_interval: 1h
receivers:
  - name: bench
    webhook_configs:
      - url: http://127.0.0.1:$RECEIVER_PORT/hook
        send_resolved: false
YAML
"$ALERTMANAGER" --config.file="$am_dir/alertmanager.yml" --storage.path="$am_dir/data" \
  --web.listen-address=127.0.0.1:$ALERTMANAGER_PORT --cluster.listen-address= > "$am_dir/alertmanager.log" 2>&1 &
am_pid=$!
trap 'kill $am_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf "127.0.0.1:$ALERTMANAGER_PORT/-/ready" >/dev/null && break; sleep 0.5; done

run() {  # label, JDBC URL (empty: a fresh H2 file), database user
  local label=$1 url=$2 user=$3
  local data; data=$(mktemp -d)
  local out="$RESULTS/pages-$label.json"
  # The receiver listens on loopback, which the SSRF guard refuses unless the operator allows it.
  # Bundling is off: every page goes to the same on-call person, and with the default 30 s window
  # all but the first page of each window would wait for its end, by design, not by latency.
  bench_start "${url:-$(bench_h2_url "$data")}" "$user" "$data/server.log" --tocsin.notify.allow-private-addresses=true \
    --tocsin.notify.bundle-window=0s
  local pid=$SERVER_PID
  BENCH_SERVER_PID=$pid BENCH_AFTER_ROUND=${after_round:-} "$JAVA" bench/PageBench.java "http://127.0.0.1:$PORT" $TOKEN "$RECEIVER_PORT" "$PAGES" "$out.tmp" "$label" \
    "http://127.0.0.1:$ALERTMANAGER_PORT" || { bench_stop $pid; tail -20 "$data/server.log"; exit 1; }
  local rss; rss=$(bench_rss_mib $pid)
  bench_stop $pid
  tr -d '\n' < "$out.tmp" | sed "s/}\$/, \"serverRssMiB\": $rss}/" > "$out"
  rm -f "$out.tmp" && rm -rf "$data"
  echo; echo "-> $out"
}

for database in ${BENCH_DATABASES:-h2 postgresql}; do
  case $database in
    h2) run h2 "" sa ;;
    postgresql)
      bench_fresh_postgres
      # Every page updates its delivery (pending -> sent), leaving a dead entry in the index that the
      # next page's claim walks until VACUUM removes it. Production PostgreSQL vacuums by itself; a
      # server with autovacuum off (as on the machines this was written on) is vacuumed after each
      # warm-up round of 1,000 pages instead, and the figures say so.
      autovacuum=$(psql -qAt -h 127.0.0.1 -U "$PG_USER" -d postgres -c "SHOW autovacuum")
      after_round=""
      [ "$autovacuum" = on ] || after_round="psql -q -h 127.0.0.1 -U $PG_USER -d $PG_DATABASE -c 'VACUUM ANALYZE'"
      run postgresql "$PG_URL" "$PG_USER"
      sed -i "s/}\$/, \"autovacuum\": \"$autovacuum\"}/" "$RESULTS/pages-postgresql.json" ;;
    *) echo "unknown database '$database' in BENCH_DATABASES (h2, postgresql)" >&2; exit 2 ;;
  esac
done

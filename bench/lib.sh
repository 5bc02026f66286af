# Shared by the bench scripts (sourced, not run): the JDK, the jar, a Tocsin server on H2 or
# PostgreSQL on local port BENCH_PORT, and its memory. Scripts source it after `cd` to the repository.
PORT=${BENCH_PORT:-18080}
PG_URL=${BENCH_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/tocsin_bench}
PG_USER=${BENCH_POSTGRES_USER:-postgres}
PG_DATABASE=${PG_URL##*/}; PG_DATABASE=${PG_DATABASE%%\?*}
TOKEN=bench-token-0123456789
RESULTS=bench/results
mkdir -p "$RESULTS"

# A JDK 21 or newer: JAVA_HOME if set, else the first under /usr/lib/jvm.
if [ -z "${JAVA_HOME:-}" ]; then
  for jdk in /usr/lib/jvm/*/; do
    [ -x "$jdk/bin/javac" ] && "$jdk/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])' && export JAVA_HOME=${jdk%/} && break
  done
fi
JAVA="$JAVA_HOME/bin/java"

bench_build() {  # sets JAR
  ./mvnw -B -q -DskipTests package
  JAR=$(ls target/tocsin-*.jar | grep -v original | head -1)
}

bench_h2_url() {  # folder: a fresh H2 file database in it, with the application's default settings
  echo "jdbc:h2:file:$1/tocsin;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64"
}

bench_fresh_postgres() {  # drops and creates PG_DATABASE
  psql -q -h 127.0.0.1 -U "$PG_USER" -d postgres -c "DROP DATABASE IF EXISTS $PG_DATABASE" \
    -c "CREATE DATABASE $PG_DATABASE"
}

bench_start() {  # JDBC URL, database user, log file, then any --key=value for the server: sets SERVER_PID once /health answers
  local url=$1 user=$2 log=$3
  shift 3
  TOCSIN_DATABASE_URL="$url" TOCSIN_DATABASE_USER="$user" TOCSIN_ADMIN_TOKEN=$TOKEN \
    TOCSIN_ADMIN_PASSWORD=bench-password SERVER_PORT=$PORT "$JAVA" ${BENCH_JVM_ARGS:-} -Xmx512m -jar "$JAR" "$@" > "$log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 120); do
    curl -sf "localhost:$PORT/health" >/dev/null && return 0
    kill -0 $SERVER_PID 2>/dev/null || break
    sleep 0.5
  done
  echo "Tocsin did not start; the end of its log ($log):" >&2
  tail -20 "$log" >&2
  # One that is still starting after a minute would otherwise hold the port for the next run.
  bench_stop $SERVER_PID
  return 1
}

bench_stop() {  # pid: a server that ignores SIGTERM for a minute (out of memory, say) is killed
  kill "$1" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$1" 2>/dev/null || break; sleep 1; done
  kill -9 "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

bench_rss_mib() {  # pid: its resident memory now, in MiB
  echo $(( $(awk '/VmRSS/ {print $2}' /proc/$1/status 2>/dev/null || echo 0) / 1024 ))
}

# Sourced by the broker benchmarks (run.sh, gate.sh): builds the jars when missing, seeds a
# PostgreSQL schema with SeedOrganisation, starts the broker jar on it and stops it on exit.
# Environment: BENCH_JDBC_URL (default jdbc:postgresql://127.0.0.1:5432/test?user=postgres),
# BENCH_SCHEMA, BENCH_PORT, BENCH_SEED=false to reuse an already seeded schema.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

JDBC_URL=${BENCH_JDBC_URL:-jdbc:postgresql://127.0.0.1:5432/test?user=postgres}
BROKER_JAR=${BENCH_BROKER_JAR:-broker-server/target/treaty-broker.jar}
BENCH_JAR=benchmarks/target/benchmarks.jar
mkdir -p benchmarks/target

build_jars() {
  if [[ ! -f $BROKER_JAR || ! -f $BENCH_JAR ]]; then
    ./mvnw -B -ntp -q -pl broker-server,benchmarks -am package -DskipTests
  fi
}

# seed_schema SCHEMA [SeedOrganisation options...]: a fresh organisation in SCHEMA (replacing it).
seed_schema() {
  local schema=$1
  shift
  if [[ ${BENCH_SEED:-true} == true ]]; then
    java -Xmx2g -cp "$BENCH_JAR" dev.treaty.benchmarks.broker.SeedOrganisation \
      --db-url "$JDBC_URL" --db-schema "$schema" --replace true "$@"
  fi
}

# start_broker SCHEMA PORT [extra JDBC URL parameters]: the broker jar on the schema (its own JVM,
# -Xmx1g), its PostgreSQL sessions named treaty-gate; sets broker_pid; stopped when the script exits.
start_broker() {
  local schema=$1 port=$2 extra=${3:-}
  java -Xms1g -Xmx1g -jar "$BROKER_JAR" --host 127.0.0.1 --port "$port" \
    --db-url "$JDBC_URL&ApplicationName=treaty-gate$extra" --db-schema "$schema" >"benchmarks/target/broker-$port.log" 2>&1 &
  broker_pid=$!
  trap 'kill "$broker_pid" 2>/dev/null; wait "$broker_pid" 2>/dev/null || true' EXIT
  for _ in $(seq 1 90); do
    curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && return 0
    kill -0 "$broker_pid" 2>/dev/null || { cat "benchmarks/target/broker-$port.log"; exit 1; }
    sleep 1
  done
  echo "the broker on port $port was not healthy within 90 s" >&2
  exit 1
}

stop_broker() {
  kill "$broker_pid" 2>/dev/null || true
  wait "$broker_pid" 2>/dev/null || true
  trap - EXIT
}

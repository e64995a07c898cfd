#!/usr/bin/env bash
# The broker benchmark: starts the broker jar on a PostgreSQL schema, seeds it with seed.sql
# (1,000 pacticipants, 100,000 versions), then runs the load driver (publish throughput and
# pacts-for-verification latency) against it. Arguments go to the driver (see BrokerLoad):
#
#   benchmarks/broker/run.sh --publishes 3000 --publish-clients 8 --verification-requests 2000
#
# Environment: BENCH_JDBC_URL (default jdbc:postgresql://127.0.0.1:5432/test?user=postgres),
# BENCH_PSQL_URL (default postgresql://postgres@127.0.0.1:5432/test), BENCH_SCHEMA (treaty_bench),
# BENCH_PORT (9393), BENCH_SEED=false to reuse an already seeded schema. Run on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/../.."

JDBC_URL=${BENCH_JDBC_URL:-jdbc:postgresql://127.0.0.1:5432/test?user=postgres}
PSQL_URL=${BENCH_PSQL_URL:-postgresql://postgres@127.0.0.1:5432/test}
SCHEMA=${BENCH_SCHEMA:-treaty_bench}
PORT=${BENCH_PORT:-9393}
BROKER_JAR=broker-server/target/treaty-broker.jar
BENCH_JAR=benchmarks/target/benchmarks.jar

if [[ ! -f $BROKER_JAR || ! -f $BENCH_JAR ]]; then
  ./mvnw -B -ntp -q -pl broker-server,benchmarks -am package -DskipTests
fi

echo "machine before: $(uptime)"
mkdir -p benchmarks/target
java -Xms1g -Xmx1g -jar "$BROKER_JAR" --host 127.0.0.1 --port "$PORT" \
  --db-url "$JDBC_URL" --db-schema "$SCHEMA" >benchmarks/target/broker-benchmark.log 2>&1 &
broker_pid=$!
trap 'kill "$broker_pid" 2>/dev/null; wait "$broker_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -fsS "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break
  kill -0 "$broker_pid" 2>/dev/null || { cat benchmarks/target/broker-benchmark.log; exit 1; }
  sleep 1
done
curl -fsS "http://127.0.0.1:$PORT/health" >/dev/null

if [[ ${BENCH_SEED:-true} == true ]]; then
  echo "seeding schema $SCHEMA"
  psql -X -q "$PSQL_URL" -v schema="$SCHEMA" -f benchmarks/broker/seed.sql
fi

java -Xms512m -Xmx512m -cp "$BENCH_JAR" dev.treaty.benchmarks.broker.BrokerLoad \
  --broker "http://127.0.0.1:$PORT" "$@"
echo "machine after: $(uptime)"

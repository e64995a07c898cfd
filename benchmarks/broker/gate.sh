#!/usr/bin/env bash
# The release gate's latency on PostgreSQL: seeds a schema with SeedOrganisation (1,000
# pacticipants, 100,000 versions, ~1,000,000 verifications, a hub with 300 consumers), starts the
# broker jar on it and runs GateLatency (can-i-deploy and matrix, p50/p99/max and CPU per request).
# Arguments go to the driver (see GateLatency), e.g.:
#
#   benchmarks/broker/gate.sh --warmup 100 --requests 500
#
# Environment: see broker.sh; BENCH_SCHEMA (treaty_gate), BENCH_PORT (9394). BENCH_PLANS=true then
# logs the plan of every SQL statement of one request per scenario (EXPLAIN ANALYZE, BUFFERS, via
# auto_explain for the broker's sessions only) from the PostgreSQL server log BENCH_PG_LOG
# (/var/log/postgresql/postgresql-15-main.log) into benchmarks/target/gate-plans.log. Run it on a
# quiet machine: latency is what the load on the machine makes it, CPU per request is not.
source "$(dirname "$0")/broker.sh"
SCHEMA=${BENCH_SCHEMA:-treaty_gate}
PORT=${BENCH_PORT:-9394}
PG_LOG=${BENCH_PG_LOG:-/var/log/postgresql/postgresql-15-main.log}
DRIVER=(java -Xms256m -Xmx256m -cp "$BENCH_JAR" dev.treaty.benchmarks.broker.GateLatency --broker "http://127.0.0.1:$PORT")

build_jars
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(lscpu | sed -n 's/^Model name: *//p'), $(java -version 2>&1 | head -1)"
echo "machine before: $(uptime)"
seed_schema "$SCHEMA"
start_broker "$SCHEMA" "$PORT"
"${DRIVER[@]}" --broker-pid "$broker_pid" --pg-url "$JDBC_URL" "$@"
echo "machine after: $(uptime)"

if [[ ${BENCH_PLANS:-false} == true ]]; then
  stop_broker
  start_broker "$SCHEMA" "$PORT" "&options=-c%20session_preload_libraries=auto_explain%20-c%20auto_explain.log_min_duration=0%20-c%20auto_explain.log_analyze=on%20-c%20auto_explain.log_buffers=on"
  "${DRIVER[@]}" --warmup 20 --requests 0 >/dev/null
  start_line=$(($(wc -l <"$PG_LOG") + 1))
  "${DRIVER[@]}" --warmup 0 --requests 1
  tail -n +"$start_line" "$PG_LOG" >benchmarks/target/gate-plans.log
  echo "plans of one request per scenario: benchmarks/target/gate-plans.log"
fi

#!/usr/bin/env bash
# The broker benchmark: seeds a PostgreSQL schema with SeedOrganisation (1,000 pacticipants,
# 100,000 versions, ~1,000,000 verifications, a hub with 300 consumers), starts the broker jar on
# it, then runs the load driver (publish throughput and pacts-for-verification latency). Arguments
# go to the driver (see BrokerLoad):
#
#   benchmarks/broker/run.sh --publishes 3000 --publish-clients 8 --verification-requests 2000
#
# Environment: see broker.sh; BENCH_SCHEMA (treaty_bench), BENCH_PORT (9393). Run on a quiet machine.
source "$(dirname "$0")/broker.sh"
SCHEMA=${BENCH_SCHEMA:-treaty_bench}
PORT=${BENCH_PORT:-9393}

build_jars
echo "machine before: $(uptime)"
seed_schema "$SCHEMA"
start_broker "$SCHEMA" "$PORT"
java -Xms512m -Xmx512m -cp "$BENCH_JAR" dev.treaty.benchmarks.broker.BrokerLoad \
  --broker "http://127.0.0.1:$PORT" "$@"
echo "machine after: $(uptime)"

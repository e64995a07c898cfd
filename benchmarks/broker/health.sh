#!/usr/bin/env bash
# Liveness under pressure on PostgreSQL (issue 12): starts the broker jar on a fresh schema behind a
# TCP proxy, floods it (5,000-selector requests, the largest allowed ones, 180 writers waiting on a
# locked row), then cuts its database off while clients publish, probing GET /health throughout
# (HealthUnderLoad; target: every probe under 100 ms). Arguments go to the driver, e.g.
#
#   benchmarks/broker/health.sh --seconds 30
#
# Environment: BENCH_JDBC_URL (see broker.sh). Run it on a quiet machine: what is measured is
# whether a probe waits behind the load, and other processes' load adds to every probe.
source "$(dirname "$0")/broker.sh"
build_jars
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(lscpu | sed -n 's/^Model name: *//p'), $(java -version 2>&1 | head -1)"
echo "machine before: $(uptime)"
java -Xmx512m -cp "$BENCH_JAR" dev.treaty.benchmarks.broker.HealthUnderLoad --broker-jar "$BROKER_JAR" --pg-url "$JDBC_URL" "$@"
echo "machine after: $(uptime)"

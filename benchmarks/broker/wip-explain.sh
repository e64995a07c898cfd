#!/usr/bin/env bash
# The WIP benchmark (docs/BENCHMARKS.md): creates schema BENCH_SCHEMA (default treaty_wip) with the
# broker's migrations, seeds it with wip-seed.sql (-v versions=N, default 20000) and prints the
# execution times of the WIP candidate queries before and after issue 12, three runs each.
#
#   benchmarks/broker/wip-explain.sh 20000
set -euo pipefail
cd "$(dirname "$0")/../.."
PSQL_URL=${BENCH_PSQL_URL:-postgresql://postgres@127.0.0.1:5432/test}
SCHEMA=${BENCH_SCHEMA:-treaty_wip}
VERSIONS=${1:-20000}
echo "machine before: $(uptime)"
PGOPTIONS="-c client_min_messages=warning" psql -X -q "$PSQL_URL" -c "DROP SCHEMA IF EXISTS \"$SCHEMA\" CASCADE" -c "CREATE SCHEMA \"$SCHEMA\""
for migration in $(ls broker-server/src/main/resources/db/migration/V*.sql | sort -V); do
  PGOPTIONS="-c search_path=$SCHEMA" psql -X -q "$PSQL_URL" -v ON_ERROR_STOP=1 -f "$migration" >/dev/null
done
psql -X -q "$PSQL_URL" -v schema="$SCHEMA" -v versions="$VERSIONS" -f benchmarks/broker/wip-seed.sql >/dev/null
for run in 1 2 3; do
  echo "run $run: $(psql -X "$PSQL_URL" -v schema="$SCHEMA" -f benchmarks/broker/wip-explain.sql \
    | grep -E '^(before|after)|Execution Time' | paste -sd' ')"
done
echo "machine after: $(uptime)"

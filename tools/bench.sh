#!/usr/bin/env bash
# `npm run bench`: the benchmarks on SQLite, and on PostgreSQL too when Debian's postgresql is installed.
set -euo pipefail
cd "$(dirname "$0")/.."
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  exec bash tools/with-postgres.sh npx tsx bench/run.ts
fi
echo "PostgreSQL is not installed: benchmarking SQLite only (apt-get install postgresql for both)"
exec npx tsx bench/run.ts

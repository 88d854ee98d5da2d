#!/usr/bin/env bash
# `npm run test:postgres`: the test suite against PostgreSQL, in a throw-away cluster (tools/with-postgres.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
exec bash tools/with-postgres.sh bash -c 'TEST_DATABASE_URL="$SKILLCHECK_POSTGRES_URL" exec npx vitest run "$@"' vitest "$@"

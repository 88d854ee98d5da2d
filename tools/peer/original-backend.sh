#!/usr/bin/env bash
# Runs the original Django backend (subhankar333/AI_Skill_Analyzer) locally as the benchmark's peer:
# its backend/ unchanged at a pinned commit, Debian's Django packages, gunicorn with one sync worker (its
# Procfile), SQLite, and an instant offline stand-in for Gemini. See the README, "The original as a peer".
#
#   tools/peer/original-backend.sh setup        fetch the source, migrate, load the original's own data
#   tools/peer/original-backend.sh start [PORT] start (default port 8000), then make a learner with a fresh
#                                               learning path and write PEER_URL/PEER_TOKEN/PEER_EMPLOYEE
#                                               to $PEER_DIR/peer.env
#   tools/peer/original-backend.sh stop
#
# Environment: PEER_DIR (work directory, default $TMPDIR/skillcheck-original-backend), ORIGINAL_BACKEND_SOURCE
# (a local clone to use instead of cloning the public repository), ORIGINAL_BACKEND_COMMIT (pinned below),
# PEER_WORKERS (1).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPOSITORY=https://github.com/subhankar333/AI_Skill_Analyzer.git
COMMIT=${ORIGINAL_BACKEND_COMMIT:-4c92003db1d1f06c967186709e8040989f8e0bc6}
DIR=${PEER_DIR:-${TMPDIR:-/tmp}/skillcheck-original-backend}
PY=/usr/bin/python3          # Debian's interpreter, where python3-django lives
GUNICORN=/usr/bin/gunicorn
die() { echo "error: $*" >&2; exit 1; }

# Runs a command in the backend's directory with the overlay (settings, Gemini stand-in) first on the path
# and none of the environment variables the original's settings read.
in_app() {
  (cd "$DIR/app" && env -u DATABASE_URL -u DEBUG -u SECRET_KEY -u ALLOWED_HOSTS -u CORS_ALLOWED_ORIGINS \
    -u GEMINI_API_KEY -u GUNICORN_CMD_ARGS DJANGO_SETTINGS_MODULE=peer_settings \
    PYTHONPATH="$DIR/overlay:$DIR/app" "$@")
}
running_pid() { [ -s "$DIR/gunicorn.pid" ] && kill -0 "$(cat "$DIR/gunicorn.pid")" 2>/dev/null && cat "$DIR/gunicorn.pid"; }

setup() {
  "$PY" -c 'import django, rest_framework, rest_framework_simplejwt, corsheaders, dotenv, whitenoise, dj_database_url' 2>/dev/null && [ -x "$GUNICORN" ] ||
    die "Debian packages needed: apt-get install python3-django python3-djangorestframework python3-djangorestframework-simplejwt python3-django-cors-headers python3-dotenv python3-whitenoise python3-dj-database-url gunicorn"
  if running_pid >/dev/null; then stop; fi
  mkdir -p "$DIR"
  if [ ! -d "$DIR/src" ]; then
    git clone -q --no-checkout "${ORIGINAL_BACKEND_SOURCE:-$REPOSITORY}" "$DIR/src"
  fi
  git -C "$DIR/src" cat-file -e "$COMMIT^{commit}" 2>/dev/null || git -C "$DIR/src" fetch -q origin
  rm -rf "$DIR/app" "$DIR/overlay" && mkdir -p "$DIR/app"
  cp -r "$HERE/overlay" "$DIR/overlay"     # copied, so Python's caches stay out of the project
  git -C "$DIR/src" archive "$COMMIT" backend | tar -x -C "$DIR/app" --strip-components=1
  in_app "$PY" manage.py migrate --noinput -v0
  in_app "$PY" manage.py loaddata production_data.json
  in_app "$PY" manage.py collectstatic --noinput -v0
  echo "original backend ready in $DIR/app (commit ${COMMIT:0:7}); next: $0 start"
}

start() {
  local port=${1:-8000}
  [ -f "$DIR/app/db.sqlite3" ] || die "not set up: $0 setup"
  if pid=$(running_pid); then die "already running (pid $pid): $0 stop"; fi
  # The original's Procfile: `web: gunicorn backend.wsgi`, one sync worker.
  in_app setsid nohup "$GUNICORN" backend.wsgi:application --workers "${PEER_WORKERS:-1}" --worker-class sync \
    --bind "127.0.0.1:$port" --pid "$DIR/gunicorn.pid" --log-level warning >"$DIR/gunicorn.log" 2>&1 </dev/null &
  for _ in $(seq 1 100); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/learner/employees/public/" || true)" = 200 ]; then
      "$PY" "$HERE/fresh_learner.py" "http://127.0.0.1:$port" >"$DIR/peer.env"
      cat "$DIR/peer.env"
      echo "original backend on http://127.0.0.1:$port (pid $(cat "$DIR/gunicorn.pid")); . $DIR/peer.env && npm run bench"
      return
    fi
    sleep 0.2
  done
  tail -n 20 "$DIR/gunicorn.log" >&2
  die "the original backend did not answer on port $port within 20 s"
}

stop() {
  local pid
  if ! pid=$(running_pid); then echo "not running"; return; fi
  kill -TERM "$pid"
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || { rm -f "$DIR/gunicorn.pid"; echo "stopped"; return; }; sleep 0.1; done
  die "pid $pid did not stop within 10 s"
}

case "${1:-}" in
  setup) setup ;;
  start) start "${2:-}" ;;
  stop) stop ;;
  *) die "usage: $0 setup | start [PORT] | stop" ;;
esac

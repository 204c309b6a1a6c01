#!/usr/bin/env bash
# `make run`: migrate, load the demo world if the database is empty, score matches, then serve.
# With REDIS_URL set, a real Celery worker and beat run beside the web server and stop with it.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
PORT=${PORT:-8000}
export SITE_URL=${SITE_URL:-http://127.0.0.1:${PORT}}  # the links in mails

"$PY" manage.py migrate --noinput
"$PY" manage.py load_demo
# the sentence embeddings of the texts not embedded yet, before the first scoring (resumable: Ctrl-C keeps
# what it stored; MATCHING_EMBEDDING_MODEL=none skips it)
"$PY" manage.py embed_texts
if "$PY" manage.py help rescore >/dev/null 2>&1; then
  "$PY" manage.py rescore --all
fi

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM
if [ -n "${REDIS_URL:-}" ]; then
  mkdir -p .run
  echo "Starting a Celery worker and beat (logs in .run/)"
  "$PY" -m celery -A wego_portal worker --loglevel=INFO --concurrency=2 >.run/worker.log 2>&1 &
  pids+=($!)
  "$PY" -m celery -A wego_portal beat --loglevel=INFO >.run/beat.log 2>&1 &
  pids+=($!)
else
  echo "No REDIS_URL: background tasks run in-process."
fi
if [ -n "${EMAIL_URL:-}" ]; then
  echo "Mails go to the server in EMAIL_URL (sent by the worker)."
else
  echo "Mails are written as files into ${MAIL_FOLDER:-var/mail}/ (set EMAIL_URL=smtp://host:port to send them)."
fi
echo "WeGo Match on http://127.0.0.1:${PORT}/"
"$PY" manage.py runserver "127.0.0.1:${PORT}" --noreload

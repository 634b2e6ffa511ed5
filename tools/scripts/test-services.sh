# Throwaway PostgreSQL and Redis on loopback for the tests, stopped by PID on exit. Sourced by test.sh.

SERVICES_DIR=""
SERVICE_PIDS=()

free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{process.stdout.write(String(s.address().port));s.close()})'; }

stop_services() {
  local pid
  for pid in "${SERVICE_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${SERVICE_PIDS[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  done
  [ -n "$SERVICES_DIR" ] && rm -rf "$SERVICES_DIR"
  return 0
}

# A private cluster (initdb in a temp dir) instead of the system one: nothing of the machine's own
# PostgreSQL is touched, and fsync=off keeps it fast.
start_postgres() {
  local ver bin port as=()
  ver="$(ls /usr/lib/postgresql | sort -n | tail -1)"
  bin="/usr/lib/postgresql/$ver/bin"
  port="$(free_port)"
  mkdir -p "$SERVICES_DIR/pg"
  if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$SERVICES_DIR/pg"; as=(runuser -u postgres --); fi
  "${as[@]}" "$bin/initdb" -D "$SERVICES_DIR/pg/data" -A trust -U postgres >/dev/null
  "${as[@]}" "$bin/pg_ctl" -D "$SERVICES_DIR/pg/data" -l "$SERVICES_DIR/pg/log" -w -t 30 \
    -o "-p $port -k $SERVICES_DIR/pg -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
  SERVICE_PIDS+=("$(head -1 "$SERVICES_DIR/pg/data/postmaster.pid")")
  "${as[@]}" "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE app_test" >/dev/null
  export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/app_test"
}

start_redis() {
  local port; port="$(free_port)"
  redis-server --port "$port" --bind 127.0.0.1 --daemonize yes --pidfile "$SERVICES_DIR/redis.pid" \
    --save '' --appendonly no --logfile "$SERVICES_DIR/redis.log" --dir "$SERVICES_DIR"
  for _ in $(seq 50); do [ -s "$SERVICES_DIR/redis.pid" ] && break; sleep 0.1; done
  SERVICE_PIDS+=("$(cat "$SERVICES_DIR/redis.pid")")
  export TEST_REDIS_URL="redis://127.0.0.1:$port"
}

start_services() {
  SERVICES_DIR="$(mktemp -d /tmp/mwp-services.XXXXXX)"
  chmod 755 "$SERVICES_DIR"
  start_postgres
  start_redis
  export REQUIRE_TEST_SERVICES=1
  echo "PostgreSQL: $TEST_DATABASE_URL   Redis: $TEST_REDIS_URL"
}

#!/usr/bin/env bash
# Start (up) or stop (down) the real servers the test suite uses: a throwaway PostgreSQL cluster
# and a Chroma server, each on a free loopback port. `up` writes their URLs to .test-services/env.
set -euo pipefail
cd "$(dirname "$0")/.."
STATE="$PWD/.test-services"
VENV="${VENV:-$PWD/.venv}"

free_port() { "$VENV/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1; }

up() {
  down >/dev/null 2>&1 || true
  mkdir -p "$STATE"; : > "$STATE/env"
  # PostgreSQL: Debian's package, installed when missing.
  if [ -z "$(pg_bin)" ] || [ ! -x "$(pg_bin)/initdb" ]; then
    echo "installing PostgreSQL (Debian package)…"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) \
      || { echo "could not install postgresql" >&2; exit 1; }
  fi
  local bin dir port run=()
  bin=$(pg_bin); dir=$(mktemp -d /tmp/gardefou-pg.XXXXXX); port=$(free_port)
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; chmod 755 "$dir"; run=(runuser -u postgres --); fi
  (cd "$dir" && "${run[@]}" "$bin/initdb" -D "$dir/data" -U test -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null)
  (cd "$dir" && "${run[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null) \
    || { cat "$dir/server.log" >&2; exit 1; }
  echo "$dir" > "$STATE/pg_dir"
  echo "GARDEFOU_TEST_DATABASE_URL=postgresql+psycopg://test@127.0.0.1:$port/postgres" >> "$STATE/env"

  # Chroma server: the `chroma` CLI shipped with chromadb, data in a temp dir.
  local cdir cport
  cdir=$(mktemp -d /tmp/gardefou-chroma.XXXXXX); cport=$(free_port)
  (cd "$cdir" && ANONYMIZED_TELEMETRY=False ORT_DISABLE_TELEMETRY=1 nohup "$VENV/bin/chroma" run \
      --path "$cdir/db" --host 127.0.0.1 --port "$cport" > "$cdir/server.log" 2>&1 & echo $! > "$STATE/chroma_pid")
  echo "$cdir" > "$STATE/chroma_dir"
  for _ in $(seq 1 120); do
    if "$VENV/bin/python" -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:$cport/api/v2/heartbeat', timeout=1)" 2>/dev/null; then
      echo "GARDEFOU_TEST_CHROMA_URL=http://127.0.0.1:$cport" >> "$STATE/env"
      cat "$STATE/env"; return 0
    fi
    sleep 0.5
  done
  echo "Chroma server did not start:" >&2; cat "$cdir/server.log" >&2; exit 1
}

down() {
  if [ -f "$STATE/pg_dir" ]; then
    local dir; dir=$(cat "$STATE/pg_dir")
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$(pg_bin)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    else "$(pg_bin)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true; fi
    rm -rf "$dir"
  fi
  if [ -f "$STATE/chroma_pid" ]; then kill "$(cat "$STATE/chroma_pid")" 2>/dev/null || true; fi
  if [ -f "$STATE/chroma_dir" ]; then rm -rf "$(cat "$STATE/chroma_dir")"; fi
  rm -rf "$STATE"
}

case "${1:-}" in up) up ;; down) down ;; *) echo "usage: $0 up|down" >&2; exit 2 ;; esac

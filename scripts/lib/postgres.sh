# A throwaway PostgreSQL server on a free loopback port, removed when the caller exits.
# PostgreSQL refuses to run as root, so as root it runs as the `postgres` user.

pg_as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# Starts the server and exports DANVAN_PG_URL (its maintenance database). Settings as a server of this size would have:
# 1 GB of shared buffers rather than the 128 MB default, which holds less than one index of the benchmark datasets.
pg_start() {
    local bin
    bin="$(pg_bin_dir)"
    PG_ROOT="$(mktemp -d /tmp/danvan-pg.XXXXXX)"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$PG_ROOT"
    local port
    port="$(pg_free_port)"
    pg_as_owner "$bin/initdb" -D "$PG_ROOT/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$PG_ROOT/initdb.log" 2>&1 \
        || { cat "$PG_ROOT/initdb.log"; return 1; }
    pg_as_owner "$bin/pg_ctl" -D "$PG_ROOT/data" -l "$PG_ROOT/server.log" -w \
        -o "-p $port -k $PG_ROOT -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300 -c random_page_cost=1.1 -c shared_buffers=1GB" start >/dev/null \
        || { cat "$PG_ROOT/server.log"; return 1; }
    export DANVAN_PG_URL="postgres://postgres@127.0.0.1:$port/postgres"
    echo "== PostgreSQL tạm thời: 127.0.0.1:$port ($PG_ROOT)"
}

pg_stop() {
    [ -n "${PG_ROOT:-}" ] && [ -d "$PG_ROOT" ] || return 0
    pg_as_owner "$(pg_bin_dir)/pg_ctl" -D "$PG_ROOT/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$PG_ROOT"
}

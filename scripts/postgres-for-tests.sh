#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests, from Debian's `postgresql` package (installed with
# apt-get when missing). Sourced by scripts/test.sh:
#   pg_test_start   initdb in a temporary folder, start on a free loopback port, create a database,
#                   export TEST_DATABASE_URL; returns non-zero if any step fails
#   pg_test_stop    stop the server and delete the folder (safe to call twice, or when never started)
# PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user the Debian
# package creates (made here if missing). It listens on 127.0.0.1 only, with trust auth.

PG_TEST_DIR=""
PG_TEST_PID=""
PG_RUN=()

pg_bin_dir() {
	local d
	d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
	[ -n "$d" ] && [ -x "$d/initdb" ] && echo "$d"
}

pg_test_install() {
	[ -n "$(pg_bin_dir)" ] && return 0
	echo "== installing Debian package: postgresql"
	DEBIAN_FRONTEND=noninteractive apt-get update -q &&
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql || return 1
	[ -n "$(pg_bin_dir)" ]
}

pg_free_port() {
	node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

pg_test_start() {
	pg_test_install || { echo "!! PostgreSQL is not installed and apt-get could not install it"; return 1; }
	local bin port user
	bin=$(pg_bin_dir)
	PG_TEST_DIR=$(mktemp -d /tmp/dxa-pg-test.XXXXXX)
	if [ "$(id -u)" = "0" ]; then
		id -u postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/sh postgres || return 1
		chown postgres "$PG_TEST_DIR"
		PG_RUN=(runuser -u postgres --)
		user=postgres
	else
		PG_RUN=()
		user=$(id -un)
	fi
	"${PG_RUN[@]}" "$bin/initdb" -D "$PG_TEST_DIR/data" -U "$user" --auth=trust --encoding=UTF8 --no-locale >"$PG_TEST_DIR/initdb.log" 2>&1 ||
		{ cat "$PG_TEST_DIR/initdb.log"; return 1; }
	for _ in 1 2 3; do
		port=$(pg_free_port)
		if "${PG_RUN[@]}" "$bin/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w -t 60 \
			-o "-c listen_addresses=127.0.0.1 -p $port -k $PG_TEST_DIR -c max_connections=200 -c fsync=on" start >/dev/null; then
			PG_TEST_PID=$(head -1 "$PG_TEST_DIR/data/postmaster.pid")
			"${PG_RUN[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U "$user" dxa_test || return 1
			export TEST_DATABASE_URL="postgres://$user@127.0.0.1:$port/dxa_test"
			echo "== PostgreSQL $("$bin/postgres" --version | awk '{print $3}') for the tests on 127.0.0.1:$port (data in $PG_TEST_DIR)"
			return 0
		fi
	done
	cat "$PG_TEST_DIR/server.log" 2>/dev/null
	return 1
}

pg_test_stop() {
	[ -n "$PG_TEST_DIR" ] || return 0
	local bin
	bin=$(pg_bin_dir)
	if [ -f "$PG_TEST_DIR/data/postmaster.pid" ]; then
		"${PG_RUN[@]}" "$bin/pg_ctl" -D "$PG_TEST_DIR/data" -m fast -w -t 30 stop >/dev/null 2>&1 ||
			{ [ -n "$PG_TEST_PID" ] && kill -9 "$PG_TEST_PID" 2>/dev/null; }
	fi
	rm -rf "$PG_TEST_DIR"
	PG_TEST_DIR=""
	unset TEST_DATABASE_URL
}

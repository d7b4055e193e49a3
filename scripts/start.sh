#!/usr/bin/env bash
# Install (if needed), build and serve the production app with adapter-node.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ] \
	|| [ package-lock.json -nt node_modules/.package-lock.json ]; then
	echo "== installing npm dependencies (npm ci)"
	npm ci --no-audit || npm install --no-audit
fi

# The Word business case's charts are drawn on the server with Liberation Sans; nothing is downloaded at run time.
if [ ! -f /usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf ] && [ -z "${DXA_FONT_DIR:-}" ]; then
	echo "== installing fonts-liberation2 (the business case's charts are drawn with Liberation Sans)"
	{ apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends fonts-liberation2; } \
		|| echo "!! could not install fonts-liberation2: the Word business case will ask for it"
fi

echo "== building"
npx vite build

export PORT="${PORT:-3000}"
# Each endpoint caps its own body (POST /api/appraise 1,000,000 bytes; a team space's import zip
# 50,000,000), so adapter-node's cap (512K by default) is set above the largest of them.
export BODY_SIZE_LIMIT="${BODY_SIZE_LIMIT:-64M}"
# The team store: a PostgreSQL server when DATABASE_URL is set, otherwise the embedded one (PGlite)
# in this data folder, created on first start; migrations run when the server starts.
if [ -n "${DATABASE_URL:-}" ]; then
	echo "== team store: PostgreSQL server from DATABASE_URL"
else
	export DXA_DATA_DIR="${DXA_DATA_DIR:-$PWD/data/store}"
	mkdir -p "$DXA_DATA_DIR"
	echo "== team store: embedded PostgreSQL (PGlite) in $DXA_DATA_DIR"
fi
export HOST="${HOST:-0.0.0.0}"
shown_host="$HOST"
[ "$shown_host" = "0.0.0.0" ] && shown_host="localhost"
# adapter-node serves plain HTTP; without ORIGIN it assumes https:// behind a proxy, so the links
# the team API returns would not open. Behind a proxy or on another name, set ORIGIN yourself.
export ORIGIN="${ORIGIN:-http://${shown_host}:${PORT}}"
echo "== links the API returns start ${ORIGIN} (set ORIGIN to change)"
echo "== DXA Service Planner listening on http://${shown_host}:${PORT}/"
exec node build

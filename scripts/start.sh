#!/usr/bin/env bash
# Install (if needed), build and serve the production app with adapter-node.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ] \
	|| [ package-lock.json -nt node_modules/.package-lock.json ]; then
	echo "== installing npm dependencies (npm ci)"
	npm ci --no-audit || npm install --no-audit
fi

echo "== building"
npx vite build

export PORT="${PORT:-3000}"
# POST /api/appraise accepts scenarios up to 1,000,000 bytes; adapter-node's own cap (512K by default) must not be lower.
export BODY_SIZE_LIMIT="${BODY_SIZE_LIMIT:-1M}"
export HOST="${HOST:-0.0.0.0}"
shown_host="$HOST"
[ "$shown_host" = "0.0.0.0" ] && shown_host="localhost"
echo "== DXA Service Planner listening on http://${shown_host}:${PORT}/"
exec node build

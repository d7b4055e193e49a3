#!/usr/bin/env bash
# The single test command: type check, lint, unit tests, build, browser tests.
# Every stage runs even if an earlier one failed; the last line is the total
# "N passed, N failed" and the exit status is non-zero if anything failed.
# The team store's tests run on PGlite and on a PostgreSQL server started here for them
# (scripts/postgres-for-tests.sh) and stopped on the way out, whatever happened.
set -uo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/postgres-for-tests.sh
source scripts/postgres-for-tests.sh
E2E_DATA_DIR=""
cleanup() {
	pg_test_stop
	[ -n "$E2E_DATA_DIR" ] && rm -rf "$E2E_DATA_DIR"
	return 0
}
trap cleanup EXIT
trap 'exit 130' INT TERM

export DEBIAN_FRONTEND=noninteractive
RESULTS_DIR=test-results
mkdir -p "$RESULTS_DIR"

total_passed=0
total_failed=0
summaries=()

record() { # stage passed failed
	total_passed=$((total_passed + $2))
	total_failed=$((total_failed + $3))
	summaries+=("$1: $2 passed, $3 failed")
	echo "-- $1: $2 passed, $3 failed"
}

check_stage() { # name command...  (one check: pass if the command exits 0)
	local name=$1
	shift
	echo
	echo "== $name"
	if "$@"; then record "$name" 1 0; else record "$name" 0 1; fi
}

# ---------------------------------------------------------------- setup
setup_ok=1
if [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ] \
	|| [ package-lock.json -nt node_modules/.package-lock.json ]; then
	echo "== installing npm dependencies (npm ci)"
	# npm ci installs exactly the lock; if it refuses (e.g. a registry without some optional
	# platform package), fall back to npm install rather than test nothing.
	npm ci --no-audit || npm install --no-audit || setup_ok=0
fi

apt_pkgs=()
[ -x /usr/bin/chromium ] || apt_pkgs+=(chromium)
command -v soffice >/dev/null 2>&1 || apt_pkgs+=(libreoffice-calc libreoffice-writer)
command -v pdftotext >/dev/null 2>&1 || apt_pkgs+=(poppler-utils)
# The business case's charts are drawn with Liberation Sans (src/lib/server/caseFigures.ts).
[ -f /usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf ] || apt_pkgs+=(fonts-liberation2)
[ -n "$(pg_bin_dir)" ] || apt_pkgs+=(postgresql)
if [ ${#apt_pkgs[@]} -gt 0 ]; then
	echo "== installing Debian packages: ${apt_pkgs[*]}"
	if ! { apt-get update -q &&
		apt-get install -y -q --no-install-recommends "${apt_pkgs[@]}" fonts-liberation2; }; then
		echo "!! apt-get install failed"
		setup_ok=0
	fi
fi
# Setup is not a check of the project; it only counts when it breaks.
[ "$setup_ok" -eq 1 ] || record setup 0 1

# ---------------------------------------------------------------- stages
check_stage "svelte-check" bash -c 'npx svelte-kit sync && npx svelte-check --tsconfig ./tsconfig.json --output human'

check_stage "eslint" npx eslint .

# count_json FILE EXIT_CODE KIND -> prints "passed failed"
count_json() {
	node -e '
		const fs = require("fs");
		const [file, code, kind] = process.argv.slice(1);
		let passed = 0, failed = 0;
		try {
			const r = JSON.parse(fs.readFileSync(file, "utf8"));
			if (kind === "vitest") {
				passed = r.numPassedTests ?? 0;
				failed = r.numFailedTests ?? 0;
				// A file that fails to load has no failing test in it; count the file.
				for (const f of r.testResults ?? []) {
					const anyFailed = (f.assertionResults ?? []).some((a) => a.status === "failed");
					if (f.status === "failed" && !anyFailed) failed += 1;
				}
			} else {
				const s = r.stats ?? {};
				passed = (s.expected ?? 0) + (s.flaky ?? 0);
				failed = s.unexpected ?? 0;
				failed += (r.errors ?? []).length > 0 && failed === 0 ? 1 : 0;
			}
		} catch (e) {
			console.error(`no readable ${kind} JSON report at ${file}: ${e.message}`);
			failed = 1;
		}
		if (Number(code) !== 0 && failed === 0) failed = 1;
		console.log(`${passed} ${failed}`);
	' "$1" "$2" "$3"
}

echo
echo "== PostgreSQL server for the team store's tests"
if pg_test_start; then
	export REQUIRE_POSTGRES=1
else
	echo "!! could not start PostgreSQL: its team-store tests cannot run"
	record postgres 0 1
fi

echo
echo "== vitest"
VITEST_JSON="$RESULTS_DIR/vitest.json"
rm -f "$VITEST_JSON"
npx vitest run --passWithNoTests --reporter=default --reporter=json --outputFile.json="$VITEST_JSON"
code=$?
read -r p f < <(count_json "$VITEST_JSON" "$code" vitest)
record vitest "$p" "$f"

check_stage "build" npx vite build

echo
echo "== playwright"
PW_JSON="$RESULTS_DIR/playwright.json"
rm -f "$PW_JSON"
# The built server keeps its team store (PGlite) in a folder of its own for this run.
E2E_DATA_DIR=$(mktemp -d /tmp/dxa-e2e-store.XXXXXX)
DXA_DATA_DIR="$E2E_DATA_DIR/store" npx playwright test
code=$?
read -r p f < <(count_json "$PW_JSON" "$code" playwright)
record playwright "$p" "$f"

# ---------------------------------------------------------------- summary
echo
echo "== summary"
for s in "${summaries[@]}"; do echo "  $s"; done
echo "${total_passed} passed, ${total_failed} failed"
[ "$total_failed" -eq 0 ]

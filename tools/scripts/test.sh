#!/usr/bin/env bash
# `npm test`: install what is missing, start PostgreSQL and Redis, then lint, type checks, builds, unit and
# integration tests (Jest) and browser tests (Playwright). Every stage runs even after a failure; the
# last line is `N passed, N failed`.
set -uo pipefail
source "$(dirname "$0")/common.sh"
source "$(dirname "$0")/test-services.sh"

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need+=(postgresql)
install_apt "${need[@]}" || { echo "0 passed, 1 failed"; exit 1; }
ensure_node_modules || { echo "0 passed, 1 failed"; exit 1; }

trap stop_services EXIT
log "Starting PostgreSQL and Redis on loopback"
start_services || { echo "0 passed, 1 failed"; exit 1; }

mkdir -p tmp/test-logs
passed=0; failed=0; summary=()
stage() { # name, then the command; a stage is one check
  local name="$1"; shift
  log "$name"
  if "$@" 2>&1 | tee "tmp/test-logs/$name.log"; then passed=$((passed + 1)); summary+=("ok    $name")
  else failed=$((failed + 1)); summary+=("FAIL  $name"); fi
}
nx_all() { npx nx run-many -t "$1" --parallel=2 --outputStyle=static; }

stage lint nx_all lint
stage typecheck nx_all typecheck
stage build nx_all build

log "Unit and integration tests (Jest)"
timeout 2400 npx nx run-many -t test --parallel=2 --outputStyle=static 2>&1 | tee tmp/test-logs/jest.log
jest_rc=${PIPESTATUS[0]}
read -r jp jf < <(sed 's/\x1b\[[0-9;]*m//g' tmp/test-logs/jest.log | awk '/^Tests:/ {
  for (i = 2; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } } END { print p+0, f+0 }')
if [ "$jest_rc" != 0 ] && [ "$jf" = 0 ]; then jf=1; fi   # a suite that crashed before counting
passed=$((passed + jp)); failed=$((failed + jf)); summary+=("jest  $jp passed, $jf failed")

log "Browser tests (Playwright, Debian chromium)"
timeout 900 npx playwright test -c apps/web-e2e/playwright.config.ts 2>&1 | tee tmp/test-logs/e2e.log
e2e_rc=${PIPESTATUS[0]}
clean_e2e="$(sed 's/\x1b\[[0-9;]*m//g' tmp/test-logs/e2e.log)"
ep="$(grep -oE '^ *[0-9]+ passed' <<<"$clean_e2e" | grep -oE '[0-9]+' | tail -1)"; ep=${ep:-0}
ef="$(grep -oE '^ *[0-9]+ failed' <<<"$clean_e2e" | grep -oE '[0-9]+' | tail -1)"; ef=${ef:-0}
if [ "$e2e_rc" != 0 ] && [ "$ef" = 0 ]; then ef=1; fi
passed=$((passed + ep)); failed=$((failed + ef)); summary+=("e2e   $ep passed, $ef failed")

log "Summary"
printf '  %s\n' "${summary[@]}"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]

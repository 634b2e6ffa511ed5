# Shared by start.sh and test.sh. Sourced, not executed.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
export CI="${CI:-true}" NX_NO_CLOUD=true NX_DAEMON=false NX_TUI=false NX_INTERACTIVE=false \
  NEXT_TELEMETRY_DISABLED=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm_config_audit=false npm_config_fund=false \
  npm_config_update_notifier=false

log() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

# Installs the given Debian packages when there are any and we are root; otherwise explains what is missing.
install_apt() {
  (($#)) || return 0
  if [ "$(id -u)" != 0 ]; then
    echo "Missing system packages: $* (run as root, or: sudo apt-get install $*)" >&2
    return 1
  fi
  log "Installing system packages: $*"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# npm packages: `npm install`, never `npm ci` (the registry mirror lacks other platforms' optional
# packages, which makes `npm ci` refuse the lockfile). Skipped when the lockfile has not changed.
ensure_node_modules() {
  local stamp="node_modules/.mwp-install-stamp"
  local want; want="$(node -e 'const c=require("crypto"),f=require("fs");process.stdout.write(c.createHash("sha256").update(f.readFileSync("package-lock.json")).update(f.readFileSync("package.json")).digest("hex"))')"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -d node_modules/.bin ]; then return 0; fi
  log "Installing npm packages (first run takes a few minutes: better-sqlite3 compiles from source)"
  npm install --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
}

#!/usr/bin/env bash
# `npm start`: install what is missing, build, then run the API (:3000, migrations at boot) and the
# editor (:4200) until Ctrl-C.
set -euo pipefail
source "$(dirname "$0")/common.sh"
ensure_node_modules
log "Building the API and the editor"
npx nx run-many -t build -p api web --parallel=2 --outputStyle=static
exec node tools/scripts/run-platform.cjs

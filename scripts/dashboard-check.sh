#!/usr/bin/env bash
# The example dashboard in a real browser: installs Debian's chromium when it is missing (CI runs as
# root on a clean Debian machine), packs the package, installs the tarball into examples/dashboard
# (its own lockfile: Vite, Chart.js and playwright-core never touch the library's), builds the page
# with Vite, serves it on 127.0.0.1 and checks it in Chromium (examples/dashboard/test/browser.mjs).
# Run after `npm run build`. Writes the screenshot to docs/dashboard.png.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

chromium_path=${CHROMIUM_PATH:-/usr/bin/chromium}
if ! "$chromium_path" --version >/dev/null 2>&1; then
  echo "--- installing Debian's chromium"
  sudo=$([ "$(id -u)" = 0 ] && echo "" || echo sudo)
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi
echo "--- $("$chromium_path" --version)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tarball="$work/$(npm pack --silent --ignore-scripts --pack-destination "$work" | tail -n 1)"

echo "--- install the dashboard (npm ci) and the packed tarball"
cd examples/dashboard
npm ci --no-audit --no-fund --loglevel=error
npm install --no-save --no-audit --no-fund --loglevel=error "$tarball"

echo "--- build, serve and check in Chromium"
CHROMIUM_PATH="$chromium_path" node test/browser.mjs "$root/docs/dashboard.png"

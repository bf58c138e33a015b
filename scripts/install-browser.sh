#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests (Playwright drives it; no `playwright install`).
# Idempotent: does nothing when the browser is there.
set -euo pipefail
browser="${JUESUAN_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$browser" ]; then
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "install-browser.sh: $browser is missing and there is no sudo to install chromium" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq chromium >/dev/null
[ -x "$browser" ] || { echo "install-browser.sh: chromium installed but $browser is not there" >&2; exit 1; }

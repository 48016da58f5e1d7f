#!/usr/bin/env bash
# Makes sure a Chromium exists for the board's browser tests (test/board). Debian's package is
# used rather than Playwright's download so CI needs only the distribution mirror.
# Exit status: 0 when a browser is present afterwards, 1 when it could not be installed (the
# browser tests then report themselves skipped, by name).
set -euo pipefail

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  echo "chromium present: $CHROMIUM ($("$CHROMIUM" --version 2>/dev/null || echo 'version unknown'))"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "no $CHROMIUM and no apt-get: cannot install chromium" >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else
    echo "no $CHROMIUM, not root and no sudo: cannot install chromium" >&2
    exit 1
  fi
fi

echo "installing Debian's chromium with apt-get"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# Fonts with Vietnamese glyphs, so screenshots show diacritics rather than boxes.
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core fonts-noto-core >/dev/null

if [ -x "$CHROMIUM" ]; then
  echo "chromium installed: $CHROMIUM ($("$CHROMIUM" --version 2>/dev/null || echo 'version unknown'))"
  exit 0
fi
# A custom CHROMIUM_PATH that apt does not fill: say where the package put it.
echo "apt installed chromium, but $CHROMIUM is still missing (the package installs /usr/bin/chromium)" >&2
exit 1

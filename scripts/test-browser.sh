#!/usr/bin/env bash
# Make sure the headless browser the page tests drive is installed: Debian's chromium (Playwright
# cannot download its own build here, so the tests launch /usr/bin/chromium) and a font, so text
# renders in screenshots. Installs both as root with apt-get when missing; otherwise says how,
# and fails. Idempotent: does nothing when both are present.
set -euo pipefail
CHROMIUM=/usr/bin/chromium
FONT_DIR=/usr/share/fonts/truetype/dejavu

if [ ! -x "$CHROMIUM" ] || [ ! -d "$FONT_DIR" ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "error: chromium is not installed; run" \
      "'apt-get install --no-install-recommends chromium fonts-dejavu-core' as root" >&2
    exit 1
  fi
  echo "installing Debian's chromium and fonts-dejavu-core packages" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    chromium fonts-dejavu-core >/dev/null
fi
# Debian's launcher script prints a harmless shell warning on stderr; only the version matters.
if ! "$CHROMIUM" --version 2>/dev/null | grep -q '^Chromium '; then
  echo "error: $CHROMIUM does not run ('$CHROMIUM --version' failed)" >&2
  exit 1
fi

#!/usr/bin/env bash
# Make sure the command-line tools the tests call are installed: Debian's docker-compose (v1),
# which validates docker-compose.yml without a Docker engine. Installs it as root with apt-get
# when missing; otherwise says how, and fails.
set -euo pipefail

if command -v docker-compose >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "error: docker-compose is not installed; run 'apt-get install docker-compose' as root" >&2
  exit 1
fi
echo "installing Debian's docker-compose package" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker-compose >/dev/null

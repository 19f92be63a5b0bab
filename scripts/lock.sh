#!/usr/bin/env bash
# Regenerate requirements.lock (every runtime and dev dependency, pinned, with sha256 hashes;
# `make install` installs exactly it with --require-hashes). Run after changing the dependency
# lists in pyproject.toml, and commit both. Takes several minutes: every file is hashed.
# Extras stay in the pins ("smart-open[http]==9.0.2"): stripped, pip asks for the extra as a
# requirement of its own, resolves it to the newest release and --require-hashes refuses it.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/pip-compile --quiet --generate-hashes --allow-unsafe --no-emit-index-url \
  --no-emit-find-links --extra dev --output-file requirements.lock pyproject.toml

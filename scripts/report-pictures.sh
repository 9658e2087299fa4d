#!/usr/bin/env bash
# Make every document (all four kinds) from a fresh demo database and turn its pages into PNGs to look at:
#   scripts/report-pictures.sh [OUT]      (default out/reports; needs poppler-utils)
set -euo pipefail
out="${1:-out/reports}"
here="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
app="$here/.venv/bin/oto-app"
db="$work/demo.sqlite"
year=$(date +%Y)
"$app" --db "$db" init --demo >/dev/null
"$app" --db "$db" report compliance --year "$year" --out "$out/jaaroverzicht.pdf"
"$app" --db "$db" report attendance-sheet --activity "DEMO-$year-08" --out "$out/presentielijst.pdf"
"$app" --db "$db" report evaluation --activity "DEMO-$((year - 1))-07" --out "$out/evaluatieverslag.pdf"
"$app" --db "$db" report person --staff-number 10001 --out "$out/persoonlijk-overzicht.pdf"
for pdf in "$out"/*.pdf; do
  pdftoppm -r 70 -png "$pdf" "${pdf%.pdf}"
done
ls "$out"

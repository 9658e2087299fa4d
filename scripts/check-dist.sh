#!/usr/bin/env bash
# make check-dist: build the program folder (make dist) and prove the built program works
# on its own: copied to a fresh folder, run with an empty environment (no venv, no
# PYTHONPATH, a new HOME and data folder), it
#   - answers --version,
#   - creates the demo database (the Alembic migrations are inside),
#   - runs `compliance` and `report compliance` on it (a PDF with pages, Dutch text),
#   - follows an oto.ini put beside it,
#   - opens its window under Xvfb (Qt's xcb plugin, the style, the translations), in
#     Dutch and in English, with no error dialog; makes the Jaaroverzicht by keyboard
#     (a child process) and shows it in the preview; and closes when asked.
# Needs xvfb, x11-utils (xwininfo), xdotool and poppler-utils (pdfinfo, pdftotext).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
built="${DIST:-$root/out/dist/OTO}"
[ -x "$built/OTO" ] || { echo "check-dist: $built/OTO missing; run make dist" >&2; exit 1; }

work="$(mktemp -d)"
app=""
xvfb=""
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null || true
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
cp -a "$built" "$work/OTO"            # a copy: nothing may point back into the build
mkdir -p "$work/home" "$work/data" "$work/runtime"
chmod 700 "$work/runtime"
clean=(env -i "HOME=$work/home" "PATH=/usr/bin:/bin" "OTO_DATA_DIR=$work/data"
       "XDG_RUNTIME_DIR=$work/runtime" "LANG=C.UTF-8")
cli="$work/OTO/oto-app"
cd "$work"

step() { printf 'check-dist: %s\n' "$*"; }

step "version: $("${clean[@]}" "$cli" --version)"
"${clean[@]}" "$cli" init --demo
out=$("${clean[@]}" "$cli" compliance --year 2025)
grep -q "N1" <<<"$out" || { echo "$out"; echo "check-dist: compliance said no N1" >&2; exit 1; }
step "compliance: $(head -1 <<<"$out")"
"${clean[@]}" "$cli" compliance --year 2025 --format json | python3 -c \
  "import json,sys; d=json.load(sys.stdin); assert d['year']==2025 and d['persons']" 
"${clean[@]}" "$cli" report compliance --year 2025 --out "$work/jaaroverzicht.pdf"
pages=$(pdfinfo "$work/jaaroverzicht.pdf" | awk '/^Pages:/ {print $2}')
pdftotext "$work/jaaroverzicht.pdf" "$work/jaaroverzicht.txt"
grep -q "Jaaroverzicht OTO 2025" "$work/jaaroverzicht.txt"
step "report compliance: $pages pages"
[ "$pages" -gt 1 ]

# An administrator's oto.ini beside the program: every user opens that database.
printf '[database]\nurl = gedeeld/oto.sqlite\n' >"$work/OTO/oto.ini"
mkdir -p "$work/OTO/gedeeld"
"${clean[@]}" "$cli" init >/dev/null
[ -s "$work/OTO/gedeeld/oto.sqlite" ] || { echo "check-dist: oto.ini not followed" >&2; exit 1; }
rm -r "$work/OTO/oto.ini" "$work/OTO/gedeeld"
step "oto.ini beside the program chooses the database"

# A private X server on a free display: another one may hold the number drawn, and a
# loaded machine can take seconds to start it, so wait until it answers (or draw again).
for _ in $(seq 1 10); do
  display=":$((RANDOM % 400 + 500))"
  Xvfb "$display" -screen 0 1366x768x24 >/dev/null 2>&1 &
  xvfb=$!
  for _ in $(seq 1 100); do
    DISPLAY="$display" xwininfo -root >/dev/null 2>&1 && break 2
    kill -0 "$xvfb" 2>/dev/null || break
    sleep 0.1
  done
  kill "$xvfb" 2>/dev/null || true
  xvfb=""
done
[ -n "$xvfb" ] || { echo "check-dist: no X server (Xvfb) would start" >&2; exit 1; }
window() {  # the id of a mapped window whose title starts with $1
  local id
  id=$(DISPLAY="$display" xwininfo -root -tree 2>/dev/null \
       | awk -v t="\"$1" 'index($0, t) && /[0-9]+x[0-9]+/ && !/ 1x1+/ {print $1; exit}')
  [ -n "$id" ] && DISPLAY="$display" xwininfo -id "$id" 2>/dev/null | grep -q IsViewable && echo "$id"
}
for language in nl en; do
  title="OTO — Opleiden, Trainen, Oefenen"
  [ "$language" = en ] && title="OTO — Education, Training, Exercises"
  start=$(date +%s.%N)
  "${clean[@]}" "DISPLAY=$display" QT_QPA_PLATFORM=xcb "OTO_LANG=$language" \
    "$work/OTO/OTO" >"$work/gui-$language.log" 2>&1 &
  app=$!
  for _ in $(seq 1 600); do
    if ! kill -0 "$app" 2>/dev/null; then
      cat "$work/gui-$language.log"; echo "check-dist: the program ended early" >&2; exit 1
    fi
    [ -n "$(window "$title")" ] && break
    sleep 0.1
  done
  [ -n "$(window "$title")" ] || { cat "$work/gui-$language.log"; echo "check-dist: no window '$title'" >&2; exit 1; }
  elapsed=$(python3 -c "print(round($(date +%s.%N) - $start, 1))")
  sleep 2  # the pages open on the database; an error would show a dialog now
  for trouble in "Er ging iets mis" "Database niet te openen" "Something went wrong"; do
    if [ -n "$(window "$trouble")" ]; then
      cat "$work/gui-$language.log"; echo "check-dist: '$trouble' dialog" >&2; exit 1
    fi
  done
  kill -0 "$app"
  if [ "$language" = nl ]; then
    # By keyboard, as a user: Rapporten (Ctrl+7), Jaaroverzicht maken (Alt+J), Enter in
    # the save dialog. The report is made in a child process (spawn: the frozen program
    # starts itself again) and then shown in the preview window (QtPdf).
    main=$(window "$title")
    DISPLAY="$display" xdotool windowfocus --sync "$main"
    DISPLAY="$display" xdotool key ctrl+7
    sleep 0.5
    DISPLAY="$display" xdotool key alt+j
    for _ in $(seq 1 100); do [ -n "$(window "Jaaroverzicht opslaan")" ] && break; sleep 0.1; done
    [ -n "$(window "Jaaroverzicht opslaan")" ] || { echo "check-dist: no save dialog" >&2; exit 1; }
    DISPLAY="$display" xdotool key Return
    preview="jaaroverzicht-oto-$(date +%Y).pdf — voorbeeld"
    for _ in $(seq 1 1200); do [ -n "$(window "$preview")" ] && break; sleep 0.1; done
    [ -n "$(window "$preview")" ] || { cat "$work/gui-$language.log"; echo "check-dist: no preview" >&2; exit 1; }
    step "report made in the window's child process and previewed: $preview"
    # The save dialog opened in the documents folder of this new account (made for it).
    [ -s "$work/home/Documents/jaaroverzicht-oto-$(date +%Y).pdf" ] ||
      { ls -R "$work/home"; echo "check-dist: the report is not in Documents" >&2; exit 1; }
    step "saved in the new account's documents folder"
  fi
  step "window ($language) after $elapsed s: $title"
  kill -TERM "$app"
  wait "$app" 2>/dev/null || true
  app=""
done
step "OK: $(du -sh "$work/OTO" | cut -f1) program folder"

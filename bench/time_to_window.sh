#!/usr/bin/env bash
# How long until a user sees the OTO window: from a clean clone (`make run` installs
# everything) or on an existing checkout. Runs the app under Xvfb and polls the X
# server for a window titled "OTO"; prints the seconds, then closes the app.
#   bench/time_to_window.sh            time `make run` in this checkout
#   bench/time_to_window.sh --clone    time `make run` in a fresh clone (includes pip install)
#   bench/time_to_window.sh --app      time `oto-app` itself on the demo database (made first)
#   bench/time_to_window.sh --bare     the baseline: a bare PySide6 window, same Python, same X
# Needs xvfb and x11-utils (xwininfo).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
dir="$here"
if [ "${1:-}" = "--clone" ]; then
  dir="$(mktemp -d)/oto"
  git clone -q "$here" "$dir"
fi
export OTO_DATA_DIR="$(mktemp -d)"
display=":$((RANDOM % 500 + 100))"
Xvfb "$display" -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $app $xvfb 2>/dev/null || true' EXIT
sleep 0.5
if [ "${1:-}" = "--bare" ]; then
  start=$(date +%s.%N)
  DISPLAY="$display" QT_QPA_PLATFORM=xcb "$dir/.venv/bin/python" -c "
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([]); window = QWidget(); window.setWindowTitle('OTO bare'); window.show()
app.exec()" >"$OTO_DATA_DIR/run.log" 2>&1 &
elif [ "${1:-}" = "--app" ]; then
  "$dir/.venv/bin/oto-app" init --demo >/dev/null
  "$dir/.venv/bin/oto-app" compliance --year 2026 >/dev/null  # the day's backup, as on any start
  "$dir/.venv/bin/python" -c "import PySide6.QtWidgets, sqlalchemy"  # warm the file cache
  start=$(date +%s.%N)
  DISPLAY="$display" QT_QPA_PLATFORM=xcb "$dir/.venv/bin/oto-app" >"$OTO_DATA_DIR/run.log" 2>&1 &
else
  start=$(date +%s.%N)
  DISPLAY="$display" QT_QPA_PLATFORM=xcb make -C "$dir" run >"$OTO_DATA_DIR/run.log" 2>&1 &
fi
app=$!
# A window counts once it is mapped (IsViewable), not merely created.
viewable() {
  local id
  id=$(DISPLAY="$display" xwininfo -root -tree 2>/dev/null | awk '/"OTO[ "]/ && /[0-9]+x[0-9]+/ && !/ 1x1+/ {print $1; exit}')
  [ -n "$id" ] && DISPLAY="$display" xwininfo -id "$id" 2>/dev/null | grep -q IsViewable
}
until viewable; do
  if ! kill -0 $app 2>/dev/null; then cat "$OTO_DATA_DIR/run.log"; exit 1; fi
  sleep 0.05
done
end=$(date +%s.%N)
printf "window visible after %s s (%s)\n" "$(python3 -c "print(round($end - $start, 1))")" \
  "${1:-make run}"
pkill -f "$dir/.venv/bin/oto-app" 2>/dev/null || true
kill "$app" 2>/dev/null || true

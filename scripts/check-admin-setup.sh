#!/usr/bin/env bash
# The README's administrator set-up (*A shared server*), its five commands as written, run
# against a throwaway PostgreSQL server (Debian's pg_virtualenv), then checked with the new
# users' own logins: the process lead signs in as exactly that, reads, and may not import,
# promote themselves or touch the trail; the chain verifies; no password is in the server's
# log (every statement logged) — only SCRAM verifiers reach the server.
# Usage: scripts/check-admin-setup.sh   (exit 0: every step as the README says)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
if [ -z "${OTO_SETUP_INSIDE:-}" ]; then
  exec env OTO_SETUP_INSIDE=1 pg_virtualenv -t -o log_statement=all "$0" "$@"
fi
oto=$here/.venv/bin/oto-app
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work OTO_DATA_DIR=$work/data
log=$(dirname "$PG_CLUSTER_CONF_ROOT")/log/postgresql-$PGVERSION-regress.log
step() { printf '\n== %s\n' "$*"; }

step "1. createuser --createrole --pwprompt oto_beheer   (the password typed twice at the prompt)"
"$here/.venv/bin/python" - <<'PY'
import os, pty
pid, fd = pty.fork()
if pid == 0:
    os.execvp("createuser", ["createuser", "--createrole", "--pwprompt", "oto_beheer"])
for _ in range(2):  # "Enter password for new role:", "Enter it again:"
    seen = b""
    while b":" not in seen:
        seen += os.read(fd, 1024)
    os.write(fd, b"Beheer-Geheim-1\n")
try:
    while os.read(fd, 1024):
        pass
except OSError:
    pass
assert os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) == 0, "createuser failed"
PY
step "2. createdb --owner oto_beheer oto"
createdb --owner oto_beheer oto

# No superuser from here on; each login's password is in a password file, never in a URL.
unset PGPASSWORD PGUSER PGDATABASE
export PGPASSFILE=$work/pgpass
server=$PGHOST:$PGPORT
(umask 077; printf '%s\n' "$PGHOST:$PGPORT:oto:oto_beheer:Beheer-Geheim-1" > "$PGPASSFILE")
step "3. oto-app --db postgresql+psycopg://oto_beheer@$server/oto server init"
"$oto" --db "postgresql+psycopg://oto_beheer@$server/oto" server init
step "4. ... server add-user a.adviseur --role adviseur   (password from stdin)"
echo "Adviseur-Geheim-2" |
  "$oto" --db "postgresql+psycopg://oto_beheer@$server/oto" server add-user a.adviseur --role adviseur
printf '%s\n' "$PGHOST:$PGPORT:oto:a.adviseur:Adviseur-Geheim-2" >> "$PGPASSFILE"
step "5. --db postgresql+psycopg://a.adviseur@$server/oto server add-user j.jansen --role procesverantwoordelijke --units OV,CRIB"
echo "Jansen-Geheim-3" |
  "$oto" --db "postgresql+psycopg://a.adviseur@$server/oto" server add-user j.jansen \
    --role procesverantwoordelijke --units OV,CRIB
printf '%s\n' "$PGHOST:$PGPORT:oto:j.jansen:Jansen-Geheim-3" >> "$PGPASSFILE"

step "afterwards: j.jansen's own login"
lead=(psql -h "$PGHOST" -p "$PGPORT" -U j.jansen -d oto -Atc)
[ "$("${lead[@]}" "SELECT session_user || ' ' || pg_has_role('oto_procesverantwoordelijke', 'MEMBER') || ' ' || pg_has_role('oto_adviseur', 'MEMBER')")" = "j.jansen true false" ]
echo "j.jansen is a process lead, not an adviser"
for sql in "UPDATE users SET role = 'ADVISER'" "DELETE FROM audit_log" "GRANT oto_adviseur TO j.jansen"; do
  if "${lead[@]}" "$sql" 2>/dev/null; then echo "the server allowed: $sql"; exit 1; fi
  echo "refused: $sql"
done
"$oto" --db "postgresql+psycopg://j.jansen@$server/oto" compliance --year 2025 | head -1
printf 'personeelsnummer;voornaam;achternaam\n1;Piet;Puk\n' > "$work/staff.csv"
if "$oto" --db "postgresql+psycopg://j.jansen@$server/oto" import staff "$work/staff.csv"; then
  echo "a process lead imported staff"; exit 1
fi
"$oto" --db "postgresql+psycopg://a.adviseur@$server/oto" audit verify

step "the server's log (every statement): passwords?"
[ -s "$log" ] || { echo "no server log at $log"; exit 1; }
if grep -q "Geheim" "$log"; then echo "a password is in the server's log"; exit 1; fi
echo "none; SCRAM verifiers: $(grep -c 'SCRAM-SHA-256' "$log")"
echo; echo "the README's administrator set-up holds"

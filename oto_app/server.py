"""PostgreSQL's own walls: roles, grants, row-level security, the trail written by triggers.

On a shared server the rights checks in the services are not enough: anyone with a login
could go around them with ``psql``. ``oto-app server init`` (run by the database owner,
idempotent, and again on every upgrade) makes the server enforce them:

- group roles ``oto_adviseur``, ``oto_procesverantwoordelijke`` and ``oto_lezer``; every
  OTO login is a member of one. All three read everything. The adviser writes everything
  but the trail and the users; a process lead writes activities, their units, attendance,
  evaluations and improvement actions of their own units only (row-level security); a
  reader writes nothing.
- The users (``users``, ``user_units``) and the role memberships change only through
  security-definer functions (:func:`add_user`, :func:`set_role`, :func:`remove_user`),
  which only the adviser (or the owner) may call.
- The audit trail is written by triggers on every table (so a direct write with ``psql``
  by someone allowed to write is recorded too), as the hash chain of :mod:`oto_app.chain`;
  no OTO role may insert, change or delete an entry.

A password never travels in clear: libpq computes the SCRAM verifier on the client and
only that is sent (``CREATE ROLE ... PASSWORD 'SCRAM-SHA-256$...'``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from oto_app import messages
from oto_app.errors import NotAllowedError, OtoError, ValidationError
from oto_app.models import UserRole

#: The group role of each OTO role.
GROUPS = {
    UserRole.ADVISER: "oto_adviseur",
    UserRole.PROCESS_LEAD: "oto_procesverantwoordelijke",
    UserRole.READER: "oto_lezer",
}
#: The words of the command line.
ROLE_WORDS = {
    "adviseur": UserRole.ADVISER,
    "procesverantwoordelijke": UserRole.PROCESS_LEAD,
    "lezer": UserRole.READER,
}
#: Tables nobody writes directly (the trail; the users, through functions only).
_GUARDED = ("audit_log", "users", "user_units", "alembic_version")
#: What a process lead writes, each with the condition (SQL, on the row) that makes it
#: theirs; ``{new}`` marks where a brand-new activity of this transaction also counts.
_LEAD = {
    "activities": "oto_mine_activity(id)",
    "activity_units": "oto_mine_activity(activity_id)",
    "participations": "oto_mine_activity(activity_id)",
    "evaluations": "oto_mine_activity(activity_id)",
    "evaluation_attachments": "oto_mine_evaluation(evaluation_id)",
    "evaluation_objectives": "oto_mine_evaluation(evaluation_id)",
    "improvement_actions": "(unit_id IN (SELECT oto_my_units()) "
    "OR oto_mine_evaluation(evaluation_id))",
    # setting an evaluation or an action back keeps the period it was finished in
    "evaluation_reopenings": "oto_mine_evaluation(evaluation_id)",
    "action_reopenings": "EXISTS (SELECT 1 FROM improvement_actions a WHERE a.id = action_id "
    "AND (a.unit_id IN (SELECT oto_my_units()) OR oto_mine_evaluation(a.evaluation_id)))",
}
#: Link tables, recorded in the trail as a change of the parent's list (as the app does):
#: table -> (parent table, parent key column, the parent's field, member column).
_LINKS = {
    "activity_units": ("activities", "activity_id", "units", "unit_id"),
    "user_units": ("users", "user_id", "units", "unit_id"),
    "unit_roles": ("units", "unit_id", "roles", "role_id"),
    "role_courses": ("roles", "role_id", "courses", "course_id"),
}
_KEYS = {"settings": "key", "year_norms": "year"}
_NOT_RECORDED = ("audit_log", "alembic_version")

_FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION oto_is_owner() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT pg_has_role(session_user, d.datdba, 'MEMBER')
  FROM pg_database d WHERE d.datname = current_database()
$$;

CREATE OR REPLACE FUNCTION oto_is_adviser() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT oto_is_owner() OR pg_has_role(session_user, 'oto_adviseur', 'MEMBER')
$$;

-- Who is recorded: the login the server authenticated. Only the owner (who could rewrite
-- everything anyway) may say for whom it acts (tools, tests), through oto.actor.
CREATE OR REPLACE FUNCTION oto_actor() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT CASE WHEN oto_is_owner() AND coalesce(current_setting('oto.actor', true), '') <> ''
              THEN current_setting('oto.actor', true) ELSE session_user::text END
$$;

CREATE OR REPLACE FUNCTION oto_my_units() RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT uu.unit_id FROM user_units uu JOIN users u ON u.id = uu.user_id
  WHERE u.login = session_user AND u.role = 'PROCESS_LEAD'
    AND pg_has_role(session_user, 'oto_procesverantwoordelijke', 'MEMBER')
$$;

CREATE OR REPLACE FUNCTION oto_mine_activity(activity integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM activity_units
                 WHERE activity_id = activity AND unit_id IN (SELECT oto_my_units()))
$$;

-- An activity inserted (or changed) by this very transaction: a new activity gets its
-- units after its row; the deferred oto_check_lead() then demands one of the lead's own.
CREATE OR REPLACE FUNCTION oto_new_activity(activity integer) RETURNS boolean
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM activities WHERE id = activity
                 AND xmin::text = (pg_current_xact_id()::text::bigint % 4294967296)::text)
$$;

CREATE OR REPLACE FUNCTION oto_mine_evaluation(evaluation integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM evaluations
                 WHERE id = evaluation AND oto_mine_activity(activity_id))
$$;

-- At commit: every activity a process lead touched has one of their own units.
CREATE OR REPLACE FUNCTION oto_check_lead() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  activity integer := CASE WHEN TG_TABLE_NAME = 'activities'
                           THEN (to_jsonb(coalesce(NEW, OLD)) ->> 'id')::integer
                           ELSE (to_jsonb(coalesce(NEW, OLD)) ->> 'activity_id')::integer END;
BEGIN
  IF oto_is_adviser() OR NOT pg_has_role(session_user, 'oto_procesverantwoordelijke', 'MEMBER')
  THEN RETURN NULL; END IF;
  IF EXISTS (SELECT 1 FROM activities WHERE id = activity) AND NOT oto_mine_activity(activity)
  THEN
    RAISE EXCEPTION 'activity % is not one of your units', activity
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION oto_digest(salt text, content text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN content IS NULL THEN ''
         ELSE encode(sha256(convert_to(coalesce(salt, '') || chr(31) || content, 'UTF8')), 'hex')
         END
$$;

-- oto_app.chain.entry_hash, to the letter.
CREATE OR REPLACE FUNCTION oto_link(VARIADIC parts text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(
    string_agg(length(p)::text || ':' || p || ';', '' ORDER BY n), 'UTF8')), 'hex')
  FROM unnest(parts) WITH ORDINALITY AS t(p, n)
$$;

CREATE OR REPLACE FUNCTION oto_append(act text, tab text, rec text, o text, n text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  who text := oto_actor();
  moment timestamp := localtimestamp(0);
  salt text := replace(gen_random_uuid()::text, '-', '');
  previous text;
BEGIN
  PERFORM pg_advisory_xact_lock(4170017);
  SELECT hash INTO previous FROM audit_log ORDER BY id DESC LIMIT 1;
  INSERT INTO audit_log (at, login, action, table_name, record_id, old, new, salt, hash)
  VALUES (moment, who, act, tab, rec, o, n, salt,
          oto_link(coalesce(previous, repeat('0', 64)),
                   to_char(moment, 'YYYY-MM-DD"T"HH24:MI:SS'), who, act, tab, rec,
                   oto_digest(salt, o), oto_digest(salt, n)));
END $$;

CREATE OR REPLACE FUNCTION oto_audit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  o jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) - 'version' END;
  n jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) - 'version' END;
  act text := lower(TG_OP);
  tab text := TG_TABLE_NAME;
  rec text;
  present boolean;
BEGIN
  IF TG_NARGS = 4 THEN  -- a link row: a change of the parent's list
    tab := TG_ARGV[0];
    rec := coalesce(n, o) ->> TG_ARGV[1];
    IF TG_OP = 'DELETE' THEN
      EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE id = $1)', tab)
        INTO present USING rec::integer;
      IF NOT present THEN RETURN NULL; END IF;  -- gone with its parent: said there
      o := jsonb_build_object(TG_ARGV[2], jsonb_build_array(o ->> TG_ARGV[3]));
      n := jsonb_build_object(TG_ARGV[2], '[]'::jsonb);
    ELSE
      o := jsonb_build_object(TG_ARGV[2], '[]'::jsonb);
      n := jsonb_build_object(TG_ARGV[2], jsonb_build_array(n ->> TG_ARGV[3]));
    END IF;
    act := 'update';
  ELSE
    rec := coalesce(n, o) ->> TG_ARGV[0];
    IF TG_OP = 'UPDATE' THEN  -- only what changed, as the app records it
      SELECT jsonb_object_agg(e.key, e.value) INTO n
        FROM jsonb_each(to_jsonb(NEW) - 'version') e WHERE e.value IS DISTINCT FROM o -> e.key;
      IF n IS NULL THEN RETURN NULL; END IF;
      SELECT jsonb_object_agg(k, o -> k) INTO o FROM jsonb_object_keys(n) k;
    END IF;
  END IF;
  PERFORM oto_append(act, tab, rec, o::text, n::text);
  RETURN NULL;
END $$;

-- An entry that is no row change (an AVG export): the adviser's, under their own name.
CREATE OR REPLACE FUNCTION oto_note(act text, tab text, rec text, n text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF NOT oto_is_adviser() THEN
    RAISE EXCEPTION 'only the adviser' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF act NOT IN ('export') THEN
    RAISE EXCEPTION 'not a note: %', act USING ERRCODE = 'insufficient_privilege';
  END IF;
  PERFORM oto_append(act, tab, rec, NULL, n);
END $$;

-- AVG: blank the trail of people who were anonymised (their staff number says so), keep
-- the digests, and record which entries were blanked (oto_app.chain.scrub).
CREATE OR REPLACE FUNCTION oto_forget(people integer[], years integer) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  person integer;
  blanked integer[];
BEGIN
  IF NOT oto_is_adviser() THEN
    RAISE EXCEPTION 'only the adviser' USING ERRCODE = 'insufficient_privilege';
  END IF;
  FOREACH person IN ARRAY people LOOP
    IF NOT EXISTS (SELECT 1 FROM people p WHERE p.id = person AND p.staff_number LIKE 'AVG-%')
    THEN
      RAISE EXCEPTION 'person % is not anonymised', person
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    WITH blank AS (
      UPDATE audit_log SET
        scrubbed = oto_digest(salt, old) || ':' || oto_digest(salt, new),
        old = CASE WHEN old IS NULL THEN NULL ELSE '{"AVG": "geanonimiseerd"}' END,
        new = CASE WHEN new IS NULL THEN NULL ELSE '{"AVG": "geanonimiseerd"}' END,
        salt = NULL
      WHERE table_name = 'people' AND record_id = person::text AND scrubbed IS NULL
      RETURNING id)
    SELECT coalesce(array_agg(id ORDER BY id), '{}') INTO blanked FROM blank;
    PERFORM oto_append('anonymise', 'people', person::text, NULL,
                       jsonb_build_object('years', years, 'entries', to_jsonb(blanked))::text);
  END LOOP;
END $$;

-- A direct membership (pg_has_role would also say yes for a superuser).
CREATE OR REPLACE FUNCTION oto_member(who text, grp text) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid
                 JOIN pg_roles u ON u.oid = m.member WHERE r.rolname = grp AND u.rolname = who)
$$;

-- The users and their groups, only ever changed here (by the adviser or the owner).
CREATE OR REPLACE FUNCTION oto_set_user(who text, wanted text, codes text[], verifier text,
                                        creating boolean)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  grp text := CASE wanted WHEN 'ADVISER' THEN 'oto_adviseur'
                          WHEN 'PROCESS_LEAD' THEN 'oto_procesverantwoordelijke'
                          WHEN 'READER' THEN 'oto_lezer' END;
  g text;
  account record;
  present boolean;
  person integer;
  known text[];
BEGIN
  IF NOT oto_is_adviser() THEN
    RAISE EXCEPTION 'only the adviser manages users' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF grp IS NULL THEN RAISE EXCEPTION 'unknown role %', wanted; END IF;
  -- A group role as a "user" would hand its members the other group (GRANT oto_adviseur
  -- TO oto_lezer: every reader an adviser on the server, a reader in OTO's list).
  IF who ILIKE 'oto\_%' OR who ILIKE 'pg\_%' THEN
    RAISE EXCEPTION 'login % is reserved', who USING ERRCODE = 'reserved_name';
  END IF;
  SELECT oid, rolsuper, rolcreaterole INTO account FROM pg_roles WHERE rolname = who;
  present := FOUND;
  IF present THEN
    IF account.rolsuper OR account.rolcreaterole OR pg_has_role(account.oid, (
         SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER') THEN
      RAISE EXCEPTION 'login % is an administrator, not an OTO user', who
        USING ERRCODE = 'insufficient_privilege';
    END IF;
  END IF;
  IF creating AND EXISTS (SELECT 1 FROM users WHERE login = who) THEN
    RAISE EXCEPTION 'user % exists', who USING ERRCODE = 'duplicate_object';
  END IF;
  IF NOT creating AND NOT EXISTS (SELECT 1 FROM users WHERE login = who) THEN
    RAISE EXCEPTION 'no user %', who USING ERRCODE = 'undefined_object';
  END IF;
  -- A password only for a login OTO made (marked when made): a login that existed
  -- already (another application's, a Kerberos account) is the server administrator's.
  IF verifier IS NOT NULL AND present
     AND shobj_description(account.oid, 'pg_authid') IS DISTINCT FROM 'OTO-login' THEN
    RAISE EXCEPTION 'login % was not made by OTO', who
      USING ERRCODE = 'object_not_in_prerequisite_state';
  END IF;
  IF NOT present THEN
    EXECUTE format('CREATE ROLE %I LOGIN', who);
    EXECUTE format('COMMENT ON ROLE %I IS %L', who, 'OTO-login');
  ELSIF shobj_description(account.oid, 'pg_authid') = 'OTO-login' THEN
    EXECUTE format('ALTER ROLE %I LOGIN', who);  -- removed before, added again
  END IF;
  IF verifier IS NOT NULL THEN
    EXECUTE format('ALTER ROLE %I PASSWORD %L', who, verifier);
  END IF;
  IF wanted <> 'ADVISER' AND EXISTS (SELECT 1 FROM users WHERE login = who AND role = 'ADVISER')
     AND (SELECT count(*) FROM users WHERE role = 'ADVISER') = 1 THEN
    RAISE EXCEPTION 'the last adviser' USING ERRCODE = 'check_violation';
  END IF;
  SELECT array_agg(code) INTO known FROM units WHERE code = ANY(codes);
  IF cardinality(coalesce(known, '{}')) <> cardinality(coalesce(codes, '{}')) THEN
    RAISE EXCEPTION 'unknown unit in %', codes USING ERRCODE = 'foreign_key_violation';
  END IF;
  FOREACH g IN ARRAY ARRAY['oto_adviseur', 'oto_procesverantwoordelijke', 'oto_lezer'] LOOP
    IF g <> grp AND oto_member(who, g) THEN EXECUTE format('REVOKE %I FROM %I', g, who); END IF;
  END LOOP;
  IF NOT oto_member(who, grp) THEN EXECUTE format('GRANT %I TO %I', grp, who); END IF;
  INSERT INTO users (login, role) VALUES (who, wanted)
    ON CONFLICT (login) DO UPDATE SET role = EXCLUDED.role, version = users.version + 1
    WHERE users.role IS DISTINCT FROM EXCLUDED.role;
  SELECT id INTO person FROM users WHERE login = who;
  DELETE FROM user_units WHERE user_id = person
    AND (wanted <> 'PROCESS_LEAD' OR unit_id NOT IN (SELECT id FROM units WHERE code = ANY(codes)));
  IF wanted = 'PROCESS_LEAD' THEN
    INSERT INTO user_units (user_id, unit_id)
      SELECT person, id FROM units WHERE code = ANY(codes) ON CONFLICT DO NOTHING;
  END IF;
END $$;

CREATE OR REPLACE FUNCTION oto_remove_user(who text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE member text;
BEGIN
  IF NOT oto_is_adviser() THEN
    RAISE EXCEPTION 'only the adviser manages users' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM users WHERE login = who) THEN
    RAISE EXCEPTION 'no user %', who USING ERRCODE = 'undefined_object';
  END IF;
  IF EXISTS (SELECT 1 FROM users WHERE login = who AND role = 'ADVISER')
     AND (SELECT count(*) FROM users WHERE role = 'ADVISER') = 1 THEN
    RAISE EXCEPTION 'the last adviser' USING ERRCODE = 'check_violation';
  END IF;
  DELETE FROM users WHERE login = who;
  FOREACH member IN ARRAY ARRAY['oto_adviseur', 'oto_procesverantwoordelijke', 'oto_lezer']
  LOOP
    IF oto_member(who, member) THEN EXECUTE format('REVOKE %I FROM %I', member, who); END IF;
  END LOOP;
  -- A login OTO made signs in to nothing any more (it kept LOGIN and its password: it
  -- could still reach the server's other databases); one made by the administrator stays.
  IF shobj_description((SELECT oid FROM pg_roles WHERE rolname = who), 'pg_authid')
     = 'OTO-login' THEN
    EXECUTE format('ALTER ROLE %I NOLOGIN', who);
  END IF;
END $$;
"""

_ROLES = r"""
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'oto_adviseur') THEN
    CREATE ROLE oto_adviseur NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'oto_procesverantwoordelijke') THEN
    CREATE ROLE oto_procesverantwoordelijke NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'oto_lezer') THEN
    CREATE ROLE oto_lezer NOLOGIN; END IF;
END $$
"""


def _runner(connection: Connection):
    """Plain SQL through the driver (its ``%`` doubled: psycopg reads it as a placeholder)."""
    return lambda sql: connection.exec_driver_sql(sql.replace("%", "%%"))


def is_initialised(connection: Connection) -> bool:
    """Has ``server init`` run on this database (the trail is the server's)?"""
    if connection.dialect.name != "postgresql":
        return False
    found = connection.execute(
        text("SELECT to_regprocedure('oto_append(text,text,text,text,text)') IS NOT NULL")
    )
    return bool(found.scalar())


def is_owner(connection: Connection) -> bool:
    return bool(
        connection.execute(
            text(
                "SELECT pg_has_role(session_user, d.datdba, 'MEMBER') FROM pg_database d "
                "WHERE d.datname = current_database()"
            )
        ).scalar()
    )


#: The walls' own version, kept on the server (a comment on ``oto_append``). Raise it with
#: every change to what ``init`` sets up: a server whose walls are older is brought up to
#: date at the next start by its owner (``open_database``), like a schema upgrade, and
#: anyone else is told that the administrator must run ``oto-app server init``.
WALLS = 3
_WALLS_OBJECT = "FUNCTION oto_append(text,text,text,text,text)"


def walls(connection: Connection) -> int | None:
    """The version of the walls ``server init`` set up here (0 before versions were kept;
    None where it never ran)."""
    if not is_initialised(connection):
        return None
    note = connection.execute(
        text(
            "SELECT obj_description("
            "'oto_append(text,text,text,text,text)'::regprocedure, 'pg_proc')"
        )
    ).scalar()
    prefix = "OTO walls "
    if isinstance(note, str) and note.startswith(prefix) and note[len(prefix) :].isdigit():
        return int(note[len(prefix) :])
    return 0


def init(connection: Connection) -> None:
    """Roles, grants, policies, functions and triggers; safe to run again (each upgrade)."""
    if connection.dialect.name != "postgresql":
        raise ValidationError("server_not_postgres")
    if not is_owner(connection):
        raise NotAllowedError("server_not_owner")
    run = _runner(connection)
    run(_ROLES)
    database = str(connection.execute(text("SELECT current_database()")).scalar())
    _claim_groups(connection, database)
    run(_FUNCTIONS)
    tables = _tables(connection)
    groups = ", ".join(GROUPS.values())
    run(f'REVOKE ALL ON DATABASE "{database}" FROM PUBLIC')
    run(f'GRANT CONNECT, TEMPORARY ON DATABASE "{database}" TO {groups}')
    run("REVOKE ALL ON SCHEMA public FROM PUBLIC")
    run(f"GRANT USAGE ON SCHEMA public TO {groups}")
    run(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, {groups}")
    run(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, {groups}")
    run(f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC, {groups}")
    run(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {groups}")
    run(f"GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO {groups}")
    for function in (
        "oto_set_user(text,text,text[],text,boolean)",
        "oto_remove_user(text)",
        "oto_forget(integer[],integer)",
        "oto_note(text,text,text,text)",
    ):
        run(f"REVOKE EXECUTE ON FUNCTION {function} FROM {groups}")
        run(f"GRANT EXECUTE ON FUNCTION {function} TO oto_adviseur")
    for function in ("oto_append(text,text,text,text,text)", "oto_audit()", "oto_check_lead()"):
        run(f"REVOKE EXECUTE ON FUNCTION {function} FROM {groups}")
    writable = [t for t in tables if t not in _GUARDED]
    for table in writable:
        _grant_writes(connection, table, "oto_adviseur")
    for table in _LEAD:
        if table in tables:
            _grant_writes(connection, table, "oto_procesverantwoordelijke")
    for table in tables:
        _policies(connection, table)
        if table not in _NOT_RECORDED:
            _trigger(connection, table)
    for table in ("activities", "activity_units"):
        run(f"DROP TRIGGER IF EXISTS oto_lead ON {table}")
        run(
            f"CREATE CONSTRAINT TRIGGER oto_lead AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION oto_check_lead()"
        )
    run(f"COMMENT ON {_WALLS_OBJECT} IS 'OTO walls {WALLS}'")


_CLAIM = "OTO-database "


def _claim_groups(connection: Connection, database: str) -> None:
    """The group roles are the whole server's, not one database's: a second OTO database
    on the same server would share them, and a role given in one would count in the other
    (a process lead of one made an adviser of both). So they belong to one database, named
    on ``oto_adviseur``; another database's ``server init`` is refused while that one
    exists (a test copy belongs on a server of its own)."""
    note = connection.execute(
        text("SELECT shobj_description(oid, 'pg_authid') FROM pg_roles WHERE rolname = :g"),
        {"g": GROUPS[UserRole.ADVISER]},
    ).scalar()
    holder = note[len(_CLAIM) :] if isinstance(note, str) and note.startswith(_CLAIM) else None
    if holder is not None and holder != database:
        still_there = connection.execute(
            text("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = :d)"), {"d": holder}
        ).scalar()
        if still_there:
            raise ValidationError("server_groups_taken", database=database, holder=holder)
    claim = _literal(connection, _CLAIM + database).replace("%", "%%")
    connection.exec_driver_sql(f"COMMENT ON ROLE {GROUPS[UserRole.ADVISER]} IS {claim}")


def _literal(connection: Connection, value: str) -> str:
    return str(connection.execute(text("SELECT quote_literal(:v)"), {"v": value}).scalar())


def _tables(connection: Connection) -> list[str]:
    return list(
        connection.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
        ).scalars()
    )


def _grant_writes(connection: Connection, table: str, group: str) -> None:
    connection.exec_driver_sql(f"GRANT INSERT, UPDATE, DELETE ON {table} TO {group}")
    sequence = (
        connection.execute(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table}).scalar()
        if _has_id(connection, table)
        else None
    )
    if sequence:
        connection.exec_driver_sql(f"GRANT USAGE, SELECT ON SEQUENCE {sequence} TO {group}")


def _has_id(connection: Connection, table: str) -> bool:
    return bool(
        connection.execute(
            text(
                "SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' "
                "AND table_name = :t AND column_name = 'id'"
            ),
            {"t": table},
        ).scalar()
    )


def _policies(connection: Connection, table: str) -> None:
    """Row-level security on what a process lead writes; plain grants elsewhere."""
    run = _runner(connection)
    if table not in _LEAD:
        return
    run(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    existing = connection.execute(
        text("SELECT policyname FROM pg_policies WHERE tablename = :t"), {"t": table}
    ).scalars()
    for name in list(existing):
        run(f'DROP POLICY "{name}" ON {table}')
    mine = _LEAD[table]
    inserted = mine
    if table in ("activity_units", "participations", "evaluations"):
        inserted = f"({mine} OR oto_new_activity(activity_id))"
    if table == "activities":
        inserted = "true"  # its units follow; oto_check_lead() holds it at commit
    lead = "oto_procesverantwoordelijke"
    run(
        f"CREATE POLICY oto_read ON {table} FOR SELECT TO {', '.join(GROUPS.values())} USING (true)"
    )
    run(
        f"CREATE POLICY oto_adviser ON {table} FOR ALL TO oto_adviseur "
        "USING (true) WITH CHECK (true)"
    )
    run(f"CREATE POLICY oto_lead_insert ON {table} FOR INSERT TO {lead} WITH CHECK ({inserted})")
    run(
        f"CREATE POLICY oto_lead_update ON {table} FOR UPDATE TO {lead} "
        f"USING ({mine}) WITH CHECK ({'true' if table == 'activities' else mine})"
    )
    run(f"CREATE POLICY oto_lead_delete ON {table} FOR DELETE TO {lead} USING ({mine})")


def _trigger(connection: Connection, table: str) -> None:
    if table in _LINKS:
        arguments = ", ".join(f"'{a}'" for a in _LINKS[table])
    else:
        arguments = f"'{_KEYS.get(table, 'id')}'"
    connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS oto_audit ON {table}")
    connection.exec_driver_sql(
        f"CREATE TRIGGER oto_audit AFTER INSERT OR UPDATE OR DELETE ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION oto_audit({arguments})"
    )


def verifier(connection: Connection, login: str, password: str) -> str:
    """The SCRAM verifier of ``password``, computed by libpq on this side."""
    raw = connection.connection.dbapi_connection
    pgconn = raw.pgconn  # type: ignore[union-attr]
    return bytes(
        pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256")
    ).decode()


def set_user(
    connection: Connection,
    login: str,
    role: UserRole,
    unit_codes: Sequence[str] = (),
    password: str | None = None,
    creating: bool = False,
) -> None:
    """Add (``creating``) or change an OTO user on the server: the one way, for the
    command line and *Beheer > Gebruikers en rechten* alike. The server's refusal comes
    out as a Dutch sentence (:func:`refusals`)."""
    if creating:
        check_login(login)
    with refusals(login, unit_codes):
        secret = verifier(connection, login, password) if password else None
        connection.execute(
            text("SELECT oto_set_user(:login, :role, :codes, :secret, :creating)"),
            {
                "login": login,
                "role": role.name,
                "codes": list(unit_codes),
                "secret": secret,
                "creating": creating,
            },
        )


def remove_user(connection: Connection, login: str) -> None:
    """Take every OTO right away from ``login`` (its login role stays, without groups it
    cannot connect)."""
    with refusals(login):
        connection.execute(text("SELECT oto_remove_user(:login)"), {"login": login})


#: A login as OTO accepts it: what PostgreSQL, Kerberos and Windows logins are made of.
_LOGIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]*")
#: PostgreSQL keeps at most this many bytes of a name (and cuts a longer one silently).
_LONGEST_LOGIN = 63


def check_login(login: str) -> None:
    """A new login must be one the server keeps as typed, and no role of its own."""
    if not login:
        raise ValidationError("server_login_empty", field="login")
    if len(login.encode()) > _LONGEST_LOGIN:
        raise ValidationError("server_login_long", field="login", login=login)
    if not _LOGIN.fullmatch(login):
        raise ValidationError("server_login_characters", field="login", login=login)
    if login.lower().startswith(("pg_", "oto_")):
        raise ValidationError("server_login_reserved", field="login", login=login)


def chosen_password(typed: str | None, again: str | None) -> str | None:
    """The password typed twice (None: none, for single sign-on); a difference is refused."""
    if (typed or "") != (again or ""):
        raise ValidationError("server_passwords_differ", field="password_again")
    return typed or None


#: SQLSTATE of the server's refusal -> our message key, and the field it is about
_REFUSALS = {
    "42501": ("server_only_adviser", None),
    "42710": ("server_user_exists", "login"),
    "42704": ("server_unknown_user", None),
    "23514": ("server_last_adviser", "role"),
    "23503": ("server_unknown_unit", "units"),
    "55000": ("server_login_not_ours", "password"),
    "42939": ("server_login_reserved", "login"),
}


@contextmanager
def refusals(login: str = "", unit_codes: Sequence[str] = ()) -> Iterator[None]:
    """The server's refusal of a user change, said in Dutch: who, and why; nothing of the
    statement or its parameters (a password's verifier) reaches the sentence."""
    try:
        yield
    except DBAPIError as error:
        raise refusal(error, login, ",".join(unit_codes)) from None


def refusal(error: DBAPIError, login: str = "", units: str = "") -> OtoError:
    state = getattr(error.orig, "sqlstate", None)
    detail = str(error.orig or "")
    if state == "42501" and "administrator" in detail:
        return NotAllowedError("server_admin_login", login=login)
    if state == "42501" and "create role" in detail.lower():
        return NotAllowedError("server_needs_createrole")
    if str(state) not in _REFUSALS:
        from oto_app import dberrors

        return dberrors.translate(error, "server")
    key, field = _REFUSALS[str(state)]
    kind = NotAllowedError if state == "42501" else ValidationError
    return kind(key, field=field, login=login, units=units)


@dataclass(frozen=True)
class ServerUser:
    login: str
    role: UserRole
    units: tuple[str, ...]


def users(connection: Connection) -> list[ServerUser]:
    rows = connection.execute(
        text(
            "SELECT u.login, u.role, coalesce(array_agg(n.code ORDER BY n.code) "
            "FILTER (WHERE n.code IS NOT NULL), '{}') FROM users u "
            "LEFT JOIN user_units uu ON uu.user_id = u.id LEFT JOIN units n ON n.id = uu.unit_id "
            "GROUP BY u.login, u.role ORDER BY u.login"
        )
    )
    return [ServerUser(login, UserRole[role], tuple(codes)) for login, role, codes in rows]


def is_administrator(connection: Connection, login: str) -> bool:
    """A superuser, a role maker or the database's owner: no OTO user, its administrator."""
    found = connection.execute(
        text(
            "SELECT r.rolsuper OR r.rolcreaterole OR pg_has_role(r.oid, d.datdba, 'MEMBER') "
            "FROM pg_roles r, pg_database d "
            "WHERE r.rolname = :login AND d.datname = current_database()"
        ),
        {"login": login},
    ).scalar()
    return bool(found)


def setup(connection: Connection) -> list[str]:
    """:func:`init`, then every user in the users table their login and group (a database
    transferred from SQLite keeps every user's role); says what it did."""
    init(connection)
    lines = [messages.text("server_ready", groups=", ".join(GROUPS.values()))]
    for user in users(connection):
        if is_administrator(connection, user.login):
            lines.append(messages.text("server_skipped_admin", login=user.login))
            continue
        set_user(connection, user.login, user.role, user.units)
        word = next(w for w, r in ROLE_WORDS.items() if r is user.role)
        lines.append(messages.text("server_kept", login=user.login, role=word))
    return lines


def pause_trail(connection: Connection) -> None:
    """No trigger entries while a whole trail is copied in (a transfer); :func:`init`
    puts the triggers back."""
    for table in _tables(connection):
        if table not in _NOT_RECORDED:
            connection.exec_driver_sql(f"ALTER TABLE {table} DISABLE TRIGGER oto_audit")

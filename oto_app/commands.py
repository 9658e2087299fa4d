"""What each ``oto-app`` command does (the parser and exit codes are in :mod:`oto_app.cli`).

Every function takes the parsed arguments and the open database and returns the exit code.
A command imports what only it needs: each ``oto-app`` run starts a new process, and the
region's weekly imports need neither the reports, the norms nor the demo data.
"""

from __future__ import annotations

import argparse
import sys

import orjson
from sqlalchemy.engine import URL

from oto_app import messages, worklock
from oto_app.db import Database, open_database
from oto_app.errors import ImportRefused, ValidationError
from oto_app.exchange.preview import ImportKind, preview, run_import
from oto_app.exchange.report import ImportReport


def compliance_command(args: argparse.Namespace, database: Database) -> int:
    from oto_app import norms
    from oto_app.norms import render, trend

    if args.years is not None:
        with database.begin() as session:
            years = trend.compute_years(session, *args.years)
        if args.format == "json":
            sys.stdout.flush()
            option = orjson.OPT_INDENT_2 if args.indent else 0
            sys.stdout.buffer.write(orjson.dumps(render.trend_json(years), option=option) + b"\n")
        else:
            sys.stdout.write(render.trend_text(years))
        return 0
    with database.begin() as session:
        result = norms.compute(session, args.year, args.on)
    if args.format == "json":
        sys.stdout.flush()
        render.write_json(result, sys.stdout.buffer, indent=args.indent)
    else:
        sys.stdout.write(render.to_text(result))
    return 0


def import_command(args: argparse.Namespace, database: Database) -> int:
    if args.what != "all":
        kind = ImportKind(args.what)
        try:
            notice = preview(kind, args.file, count=0).notice()
        except ImportRefused as refused:
            return _refused(refused)
        if notice:  # before anything is written, and not lost among the counts
            print(notice, file=sys.stderr)
    try:  # one import at a time: a second one waits, and says so
        report = _import(args, database)
    except ImportRefused as refused:
        return _refused(refused)
    print("\n".join(report.lines()))
    return 0


def _import(args: argparse.Namespace, database: Database) -> ImportReport:
    if args.what != "all":
        kind = ImportKind(args.what)
        return run_import(database, kind, args.file, waiting=_say)
    from oto_app.exchange import everything

    with (
        worklock.hold(worklock.file_of(database.url), worklock.IMPORT, _say),
        database.begin() as session,
    ):
        return everything.import_all(session, args.file)


def _say(progress: str) -> None:
    print(f"oto-app: {progress}", file=sys.stderr, flush=True)


def _refused(refused: ImportRefused) -> int:
    for problem in refused.problems:
        print(problem, file=sys.stderr)
    print(f"oto-app: {refused.message}", file=sys.stderr)
    return 1


def export_command(args: argparse.Namespace, database: Database) -> int:
    from oto_app.exchange import calendar, everything, export, units

    with database.begin() as session:
        if args.what == "participation":
            count = export.export_participation(session, args.year, args.out)
        elif args.what == "staff":
            count = export.write_staff(session, args.out)
        elif args.what == "units":
            count = units.write_units(session, args.out)
        elif args.what == "all":
            count = sum(everything.export_all(session, args.out).values())
        else:
            calendar.write_calendar(session, args.out, args.year, args.unit)
            count = None
    print(f"{args.out} geschreven" + (f" ({count} regels)." if count is not None else "."))
    return 0


def report_command(args: argparse.Namespace, database: Database) -> int:
    from oto_app.reports import (
        attendance_sheet,
        compliance_report,
        evaluation_report,
        personal_overview,
    )

    with database.begin() as session:
        if args.what == "compliance":
            pages = compliance_report.write(session, args.year, args.out, args.on)
        elif args.what == "attendance-sheet":
            pages = attendance_sheet.write(session, args.activity, args.out)
        elif args.what == "evaluation" and args.activity:
            pages = evaluation_report.write(session, args.activity, args.out)
        elif args.what == "evaluation":
            pages = evaluation_report.write_evaluation(session, args.evaluation, args.out)
        else:
            pages = personal_overview.write(session, args.staff_number, args.out)
    print(f"{args.out} geschreven ({pages} pagina's).")
    return 0


def audit_command(args: argparse.Namespace, database: Database) -> int:
    from oto_app import audit, trail

    if args.action == "verify":
        verdict = trail.verify_all(database)
        if not verdict.ok:
            print(f"oto-app: {verdict.message}", file=sys.stderr)
            return 1
        print(verdict.message)
        return 0
    if args.out is None:
        print("oto-app audit: geef --out BESTAND.csv of 'verify'", file=sys.stderr)
        return 2
    with database.begin() as session:
        count = audit.export(session, args.out, args.table, args.record)
    print(f"{args.out} geschreven ({count} regels).")
    return 0


def privacy_command(args: argparse.Namespace, database: Database) -> int:
    from oto_app import privacy

    with database.begin() as session:
        if args.what == "export":
            pdf, data = privacy.export_person(session, args.staff_number, args.out).value
            print(f"{pdf} en {data} geschreven.")
        elif args.dry_run:
            people = privacy.due(session, args.years)
            print(f"{len(people)} oud-medewerkers zouden worden geanonimiseerd.")
        else:
            count = _anonymise(database, args.years)
            print(f"{count} oud-medewerkers geanonimiseerd.")
    return 0


def _anonymise(database: Database, years: int) -> int:
    from oto_app import privacy

    with (
        worklock.hold(worklock.file_of(database.url), worklock.ANONYMISE, _say),
        database.begin() as session,
    ):
        return privacy.anonymise(session, years).value


def transfer_command(args: argparse.Namespace, database: Database) -> int:
    from oto_app.db import resolve_url
    from oto_app.transfer import transfer

    print("\n".join(transfer(database, resolve_url(args.to)).lines()))
    return 0


def server_command(args: argparse.Namespace, database: Database) -> int:
    from oto_app import server_commands

    return server_commands.run(args, database)


def backup_command(args: argparse.Namespace, database: Database) -> int:
    from oto_app import backup

    info = backup.backup(backup.sqlite_path(database.url), args.out)
    print(f"Back-up gemaakt en gecontroleerd: {info.path} ({backup.describe(info.counts)}).")
    from oto_app import trail  # every backup checks the whole audit trail's chain

    verdict = trail.verify_all(database)
    if not verdict.ok:
        print(f"oto-app: waarschuwing: {verdict.message}", file=sys.stderr)
    return 0


def restore_command(args: argparse.Namespace, url: URL) -> int:
    """``oto-app restore --from FILE``: as *Back-up terugzetten* (:func:`backup.restore`,
    the current database kept in backups/), then the restored trail's chain, checked
    whole, becomes the checkpoint (:func:`trail.realign`): an older trail on purpose."""
    from oto_app import backup, trail

    if url.get_backend_name() != "sqlite":
        raise ValidationError("restore_not_sqlite")
    path = backup.sqlite_path(url)
    info = backup.restore(args.source, path)
    database = open_database(url)  # an older backup is upgraded here
    try:
        verdict = trail.realign(database)
    finally:
        database.close()
    made, counts = info.made.strftime("%d-%m-%Y %H:%M"), backup.describe(info.counts)
    print(messages.text("restored", made=made, counts=counts, folder=backup.folder_for(path)))
    if not verdict.ok:
        print(f"oto-app: waarschuwing: {verdict.message}", file=sys.stderr)
    return 0


def init_command(args: argparse.Namespace, database: Database) -> int:
    from oto_app import demo

    if args.demo:
        with database.begin() as session:
            if args.if_empty and demo.has_people(session):
                print(f"Database {database.location} bevat al gegevens; niets toegevoegd.")
                return 0
            demo.fill(session)
        print(f"Voorbeeldgemeente aangemaakt in {database.location}.")
    else:
        print(f"Database {database.location} is klaar.")
    return 0

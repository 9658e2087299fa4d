"""The ``oto-app`` command: a thin layer over the services (see shared/interfaces.md).

Exit codes: 0 done; 1 the input or the data was refused (nothing written); 2 wrong usage.
Without a command it opens the GUI, which the launcher in ``ui`` hands in as a callable,
so this module (and the whole core) never imports Qt.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from oto_app import __version__, backup, demo, norms
from oto_app.dates import parse_date
from oto_app.db import Database, open_database, resolve_url
from oto_app.errors import ImportRefused, OtoError
from oto_app.exchange import calendar, export
from oto_app.exchange.participation_import import import_participation
from oto_app.exchange.staff_import import import_staff
from oto_app.norms import render

GuiLauncher = Callable[[str | None], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="oto-app", description="OTO — Opleiden, Trainen, Oefenen voor de crisisorganisatie."
    )
    parser.add_argument("--version", action="version", version=f"oto-app {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL|PAD",
        help="database: een bestandspad (SQLite) of postgresql+psycopg://...",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMANDO")
    init = commands.add_parser("init", help="maak of actualiseer de database")
    init.add_argument("--demo", action="store_true", help="vul een voorbeeldgemeente")
    init.add_argument(
        "--if-empty",
        action="store_true",
        help="met --demo: alleen als de database nog leeg is, anders niets doen",
    )
    init.set_defaults(handler=_init)
    compliance = commands.add_parser("compliance", help="de jaarnormen N1-N7")
    compliance.add_argument("--year", type=int, required=True, metavar="JAAR")
    compliance.add_argument(
        "--on",
        type=_iso_date,
        metavar="JJJJ-MM-DD",
        help="peildatum binnen het jaar (standaard 31-12 of vandaag)",
    )
    compliance.add_argument("--format", choices=("text", "json"), default="text")
    compliance.set_defaults(handler=_compliance)
    importing = commands.add_parser("import", help="lees een uitwisselbestand in (.csv/.xlsx)")
    what = importing.add_subparsers(dest="what", metavar="SOORT", required=True)
    for name, text in (
        ("staff", "medewerkers en hun rollen"),
        ("participation", "activiteiten en presentie"),
    ):
        sub = what.add_parser(name, help=text)
        sub.add_argument("file", type=Path, metavar="BESTAND")
        sub.set_defaults(handler=_import)
    exporting = commands.add_parser("export", help="schrijf een uitwisselbestand")
    what = exporting.add_subparsers(dest="what", metavar="SOORT", required=True)
    sub = what.add_parser("participation", help="activiteiten en presentie van een jaar")
    sub.add_argument("--year", type=int, required=True, metavar="JAAR")
    sub.add_argument("--out", type=Path, required=True, metavar="BESTAND")
    sub.set_defaults(handler=_export)
    sub = what.add_parser("staff", help="medewerkers met al hun rollen")
    sub.add_argument("--out", type=Path, required=True, metavar="BESTAND")
    sub.set_defaults(handler=_export)
    sub = what.add_parser("calendar", help="geplande activiteiten als agenda (.ics)")
    sub.add_argument("--out", type=Path, required=True, metavar="BESTAND.ics")
    sub.add_argument("--year", type=int, metavar="JAAR")
    sub.add_argument("--unit", metavar="CODE", help="alleen dit onderdeel")
    sub.set_defaults(handler=_export)
    copy = commands.add_parser("backup", help="maak een gecontroleerde kopie van de database")
    copy.add_argument("--out", type=Path, required=True, metavar="BESTAND")
    copy.set_defaults(handler=_backup)
    report = commands.add_parser("report", help="maak een PDF")
    what = report.add_subparsers(dest="what", metavar="SOORT", required=True)
    sub = what.add_parser("compliance", help="het jaaroverzicht OTO")
    sub.add_argument("--year", type=int, required=True, metavar="JAAR")
    sub.add_argument("--on", type=_iso_date, metavar="JJJJ-MM-DD")
    sub.add_argument("--out", type=Path, required=True, metavar="BESTAND.pdf")
    sub.set_defaults(handler=_report)
    for name, text, key, metavar in (
        ("attendance-sheet", "de presentielijst van een activiteit", "--activity", "SLEUTEL"),
        (
            "person",
            "het persoonlijk OTO-overzicht (ook voor AVG-inzage)",
            "--staff-number",
            "PERSONEELSNUMMER",
        ),
    ):
        sub = what.add_parser(name, help=text)
        sub.add_argument(key, required=True, metavar=metavar)
        sub.add_argument("--out", type=Path, required=True, metavar="BESTAND.pdf")
        sub.set_defaults(handler=_report)
    sub = what.add_parser("evaluation", help="het evaluatieverslag van een activiteit")
    which = sub.add_mutually_exclusive_group(required=True)
    which.add_argument("--activity", metavar="SLEUTEL")
    which.add_argument(
        "--evaluation",
        type=int,
        metavar="NUMMER",
        help="het nummer van de evaluatie (ook als de activiteit is verwijderd)",
    )
    sub.add_argument("--out", type=Path, required=True, metavar="BESTAND.pdf")
    sub.set_defaults(handler=_report)
    return parser


def _iso_date(text: str) -> dt.date:
    try:
        return parse_date(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is geen geldige datum") from None


def main(argv: Sequence[str] | None = None, open_gui: GuiLauncher | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        if open_gui is None:
            print(
                "oto-app: geen grafische omgeving beschikbaar; geef een commando", file=sys.stderr
            )
            return 2
        return open_gui(args.db)
    try:
        database = open_database(resolve_url(args.db))
    except OtoError as error:
        print(f"oto-app: {error.message}", file=sys.stderr)
        return 1
    try:
        return int(args.handler(args, database))
    except OtoError as error:
        print(f"oto-app: {error.message}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader (head, less) stopped early: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    finally:
        database.close()


def _compliance(args: argparse.Namespace, database: Database) -> int:
    with database.begin() as session:
        result = norms.compute(session, args.year, args.on)
    if args.format == "json":
        json.dump(render.to_json(result), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render.to_text(result))
    return 0


def _import(args: argparse.Namespace, database: Database) -> int:
    run = import_staff if args.what == "staff" else import_participation
    try:
        with database.begin() as session:
            report = run(session, args.file)
    except ImportRefused as refused:
        for problem in refused.problems:
            print(problem, file=sys.stderr)
        print(f"oto-app: {refused.message}", file=sys.stderr)
        return 1
    for warning in report.warnings:
        print(warning, file=sys.stderr)
    print("\n".join(report.lines()))
    return 0


def _export(args: argparse.Namespace, database: Database) -> int:
    with database.begin() as session:
        if args.what == "participation":
            count = export.export_participation(session, args.year, args.out)
        elif args.what == "staff":
            count = export.write_staff(session, args.out)
        else:
            calendar.write_calendar(session, args.out, args.year, args.unit)
            count = None
    print(f"{args.out} geschreven" + (f" ({count} regels)." if count is not None else "."))
    return 0


def _report(args: argparse.Namespace, database: Database) -> int:
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


def _backup(args: argparse.Namespace, database: Database) -> int:
    info = backup.backup(backup.sqlite_path(database.url), args.out)
    print(f"Back-up gemaakt en gecontroleerd: {info.path} ({backup.describe(info.counts)}).")
    return 0


def _init(args: argparse.Namespace, database: Database) -> int:
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

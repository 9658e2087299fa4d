"""The ``oto-app`` command: a thin layer over the services (see shared/interfaces.md).

Exit codes: 0 done; 1 the input or the data was refused (nothing written); 2 wrong usage.
Without a command it opens the GUI, which the launcher in ``ui`` hands in as a callable,
so this module (and the whole core) never imports Qt. The commands themselves live in
:mod:`oto_app.commands`, loaded only when one is run, so the window opens without them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from oto_app import __version__, cli_dutch, collector, messages
from oto_app.dates import format_date, is_plausible, parse_date, plausible_span
from oto_app.errors import OtoError

GuiLauncher = Callable[[str | None], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="oto-app", description="OTO — Opleiden, Trainen, Oefenen voor de crisisorganisatie."
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"oto-app {__version__}",
        help="toon het versienummer en stop",
    )
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
    init.set_defaults(handler="init")
    compliance = commands.add_parser("compliance", help="de jaarnormen N1-N7")
    which = compliance.add_mutually_exclusive_group(required=True)
    which.add_argument("--year", type=cli_dutch.year, metavar="JAAR")
    which.add_argument(
        "--years",
        type=_years,
        metavar="JAAR-JAAR",
        help="de trend: elk jaar op zijn 31 december, bijv. 2021-2025",
    )
    compliance.add_argument(
        "--on",
        type=_iso_date,
        metavar="JJJJ-MM-DD",
        help="peildatum binnen het jaar (standaard 31-12 of vandaag)",
    )
    compliance.add_argument("--format", choices=("text", "json"), default="text")
    compliance.add_argument(
        "--indent", action="store_true", help="met --format json: ingesprongen, leesbaar"
    )
    compliance.set_defaults(handler="compliance")
    importing = commands.add_parser("import", help="lees een uitwisselbestand in (.csv/.xlsx)")
    what = importing.add_subparsers(dest="what", metavar="SOORT", required=True)
    for name, text in (
        ("staff", "medewerkers en hun rollen"),
        ("participation", "activiteiten en presentie"),
        ("units", "onderdelen en hun deelplanherzieningen"),
        ("all", "alles, uit een werkmap van 'export all' (.xlsx), in een lege database"),
    ):
        sub = what.add_parser(name, help=text)
        sub.add_argument("file", type=Path, metavar="BESTAND")
        sub.set_defaults(handler="import")
    exporting = commands.add_parser("export", help="schrijf een uitwisselbestand")
    what = exporting.add_subparsers(dest="what", metavar="SOORT", required=True)
    sub = what.add_parser("participation", help="activiteiten en presentie van een jaar")
    sub.add_argument("--year", type=cli_dutch.year, required=True, metavar="JAAR")
    sub.add_argument("--out", type=Path, required=True, metavar="BESTAND")
    sub.set_defaults(handler="export")
    sub = what.add_parser("staff", help="medewerkers met al hun rollen")
    sub.add_argument("--out", type=Path, required=True, metavar="BESTAND")
    sub.set_defaults(handler="export")
    sub = what.add_parser(
        "all", help="alles, één tabblad per soort (.xlsx); 'import all' leest het"
    )
    sub.add_argument("--out", type=Path, required=True, metavar="BESTAND.xlsx")
    sub.set_defaults(handler="export")
    sub = what.add_parser("units", help="onderdelen met al hun deelplanherzieningen")
    sub.add_argument("--out", type=Path, required=True, metavar="BESTAND")
    sub.set_defaults(handler="export")
    sub = what.add_parser("calendar", help="geplande activiteiten als agenda (.ics)")
    sub.add_argument("--out", type=Path, required=True, metavar="BESTAND.ics")
    sub.add_argument("--year", type=cli_dutch.year, metavar="JAAR")
    sub.add_argument("--unit", metavar="CODE", help="alleen dit onderdeel")
    sub.set_defaults(handler="export")
    move = commands.add_parser(
        "transfer",
        help="zet de hele database over naar een lege (PostgreSQL-)database",
        description="Kopieert alles uit --db naar de lege database --to, in één transactie, "
        "en controleert vóór het vastleggen de aantallen per tabel en de normen van elk jaar.",
    )
    move.add_argument(
        "--to", required=True, metavar="URL", help="bijv. postgresql+psycopg://gebruiker@server/oto"
    )
    move.set_defaults(handler="transfer")
    _server_parser(commands)
    trail = commands.add_parser(
        "audit",
        help="het logboek van alle wijzigingen (wie, wanneer, oud en nieuw): als CSV, "
        "of 'audit verify' controleert de hashketen",
    )
    trail.add_argument(
        "action",
        nargs="?",
        choices=("verify",),
        metavar="verify",
        help="controleer de hashketen; afwijzing (code 1) noemt de eerste regel die niet klopt",
    )
    trail.add_argument("--out", type=Path, metavar="BESTAND.csv")
    trail.add_argument("--table", metavar="TABEL", help="alleen deze tabel, bijv. people")
    trail.add_argument("--record", metavar="ID", help="alleen dit record (met --table)")
    trail.set_defaults(handler="audit")
    privacy = commands.add_parser("privacy", help="AVG: inzage per persoon, anonimiseren")
    what = privacy.add_subparsers(dest="what", metavar="SOORT", required=True)
    sub = what.add_parser("export", help="alles over één medewerker: PDF en JSON")
    sub.add_argument("--staff-number", required=True, metavar="PERSONEELSNUMMER")
    sub.add_argument("--out", type=Path, required=True, metavar="MAP")
    sub.set_defaults(handler="privacy")
    sub = what.add_parser(
        "anonymise", help="vergeet wie langer dan --years jaar uit dienst is (standaard 5)"
    )
    sub.add_argument("--years", type=int, default=5, metavar="JAAR")
    sub.add_argument("--dry-run", action="store_true", help="alleen tellen, niets wijzigen")
    sub.set_defaults(handler="privacy")
    copy = commands.add_parser("backup", help="maak een gecontroleerde kopie van de database")
    copy.add_argument("--out", type=Path, required=True, metavar="BESTAND")
    copy.set_defaults(handler="backup")
    back = commands.add_parser(
        "restore",
        help="zet een back-up terug; de huidige database wordt eerst bewaard in backups/",
    )
    back.add_argument("--from", dest="source", type=Path, required=True, metavar="BESTAND")
    back.set_defaults(handler="restore")
    report = commands.add_parser("report", help="maak een PDF")
    what = report.add_subparsers(dest="what", metavar="SOORT", required=True)
    sub = what.add_parser("compliance", help="het jaaroverzicht OTO")
    sub.add_argument("--year", type=cli_dutch.year, required=True, metavar="JAAR")
    sub.add_argument("--on", type=_iso_date, metavar="JJJJ-MM-DD")
    sub.add_argument("--out", type=Path, required=True, metavar="BESTAND.pdf")
    sub.set_defaults(handler="report")
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
        sub.set_defaults(handler="report")
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
    sub.set_defaults(handler="report")
    return parser


def _server_parser(commands: argparse._SubParsersAction) -> None:
    server = commands.add_parser(
        "server",
        help="PostgreSQL: rollen, rechten en rijbeveiliging; gebruikers beheren",
        description="Op een PostgreSQL-server dwingt de server de rechten af. 'init' (als "
        "eigenaar van de database, bij elke upgrade opnieuw) maakt de groepsrollen, rechten, "
        "rijbeveiliging en het logboek via triggers; de adviseur beheert de gebruikers.",
    )
    what = server.add_subparsers(dest="what", metavar="ACTIE", required=True)
    sub = what.add_parser("init", help="rollen, rechten, rijbeveiliging (als eigenaar)")
    sub.set_defaults(handler="server")
    roles = ("adviseur", "procesverantwoordelijke", "lezer")
    for name, text in (
        ("add-user", "maak een login aan (wachtwoord via stdin; leeg: geen, voor SSO)"),
        ("set-role", "geef een gebruiker een andere rol of andere onderdelen"),
    ):
        sub = what.add_parser(name, help=text)
        sub.add_argument("login", metavar="LOGIN")
        sub.add_argument("--role", required=True, choices=roles)
        sub.add_argument("--units", default="", metavar="CODE,...", help="bijv. OV,CRIB")
        sub.set_defaults(handler="server", password=False)
    sub.add_argument(  # set-role: also a new password (from stdin), e.g. after a transfer
        "--password", action="store_true", help="ook een nieuw wachtwoord (via stdin)"
    )
    sub = what.add_parser("remove-user", help="neem een gebruiker alle OTO-rechten af")
    sub.add_argument("login", metavar="LOGIN")
    sub.set_defaults(handler="server")


def _years(text: str) -> tuple[int, int]:
    from oto_app import messages

    first, sep, last = text.partition("-")
    if not (sep and first.strip().isdigit() and last.strip().isdigit()):
        raise argparse.ArgumentTypeError(messages.text("bad_years", value=text))
    return cli_dutch.year(first.strip()), cli_dutch.year(last.strip())


def _iso_date(text: str) -> dt.date:
    try:
        day = parse_date(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is geen geldige datum") from None
    if not is_plausible(day):
        first, last = plausible_span()
        raise argparse.ArgumentTypeError(
            messages.text(
                "date_out_of_span",
                label=messages.text("field_reference_date"),
                date=format_date(day),
                first=format_date(first),
                last=format_date(last),
            )
        )
    return day


def main(argv: Sequence[str] | None = None, open_gui: GuiLauncher | None = None) -> int:
    cli_dutch.install()
    args = build_parser().parse_args(argv)
    if args.command is None:
        if open_gui is None:
            print(
                "oto-app: geen grafische omgeving beschikbaar; geef een commando", file=sys.stderr
            )
            return 2
        return open_gui(args.db)
    with collector.paused():  # loading SQLAlchemy and the models: nothing to collect
        from sqlalchemy.orm import configure_mappers

        from oto_app import commands, driver_log  # the services, SQLAlchemy: not for the GUI
        from oto_app.db import open_database, resolve_url

        configure_mappers()  # else done by the first query, with the collector on
        if argv is None:  # the process of one command (tests call main() with their argv)
            # before the collector is on again: else its first pass walks all that was
            # loaded (the youngest generation holds it all), 0.04-0.05 s a command
            collector.keep_loaded()

    driver_log.keep_driver_notes()

    try:
        if args.handler == "restore":  # the database may be damaged: it is not opened first
            return commands.restore_command(args, resolve_url(args.db))
        database = open_database(resolve_url(args.db), check=True)
    except OtoError as error:
        print(f"oto-app: {error.message}", file=sys.stderr)
        return 1
    try:
        if args.handler != "server":  # the server checks those itself, by login
            database.login()  # the OS (or server) user; the services check their rights
        return int(getattr(commands, f"{args.handler}_command")(args, database))
    except OtoError as error:
        print(f"oto-app: {error.message}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader (head, less) stopped early: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    finally:
        database.close()

"""What the About dialog (and a helpdesk call) needs to know: which OTO, which database,
where the data and the backups are."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text

from oto_app import __version__, backup, config, messages, migrations, paths
from oto_app.db import Database, as_url

if TYPE_CHECKING:
    from sqlalchemy.engine import URL


@dataclass(frozen=True)
class About:
    version: str
    on_server: bool
    #: The file path, or server/database.
    database: str
    #: The Alembic revision stored in the database.
    revision: str | None
    #: How this database was chosen, in the user's words (--db, OTO_DATABASE_URL, oto.ini);
    #: None when it was not chosen by those (e.g. opened by a test or a restore).
    chosen_by: str | None
    data_dir: Path
    #: The folder of the automatic backups; None on a server (its administrator's job).
    backups: Path | None
    #: Where an administrator may put oto.ini for this workstation.
    ini: Path

    @property
    def schema(self) -> str:
        """The schema revision in the user's words, "versie 8": its place in the chain
        (the revision id, English, is for the helpdesk: :meth:`details`)."""
        if self.revision in migrations.REVISIONS:
            number = migrations.REVISIONS.index(self.revision) + 1
            return messages.text("about_revision_number", number=number)
        return self.revision or "—"

    def details(self) -> dict[str, str]:
        """The technical name behind a line's value, by label (a tooltip; copied along)."""
        return {messages.text("about_revision"): self.revision} if self.revision else {}

    def lines(self) -> list[tuple[str, str]]:
        """(label, value) pairs, for the dialog and for copying into an e-mail."""
        t = messages.text
        kind = t("about_server") if self.on_server else t("about_file")
        return [
            (t("about_version"), self.version),
            (t("about_database"), f"{self.database} ({kind})"),
            (t("about_revision"), self.schema),
            *([(t("about_chosen"), self.chosen_by)] if self.chosen_by else []),
            (t("about_data"), str(self.data_dir)),
            (t("about_backups"), str(self.backups) if self.backups else t("backups_on_server")),
            (
                t("about_ini"),
                f"{self.ini} ({t('about_present' if self.ini.is_file() else 'about_absent')})",
            ),
        ]


def describe(database: Database, db: str | None = None) -> About:
    """The facts about ``database``, opened from the ``--db`` value ``db`` (if any)."""
    choice = config.choose_database(db)
    chosen_by = None
    if _same(as_url(choice.value), database.url):
        if choice.source == "ini":
            chosen_by = messages.text("chosen_by_ini", file=str(choice.ini))
        else:
            chosen_by = messages.text(f"chosen_by_{choice.source}")
    with database.begin() as session:
        revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
    backups = None
    if database.is_sqlite and database.url.database not in (None, "", ":memory:"):
        backups = backup.folder_for(backup.sqlite_path(database.url))
    return About(
        version=__version__,
        on_server=not database.is_sqlite,
        database=database.location,
        revision=revision,
        chosen_by=chosen_by,
        data_dir=paths.data_dir(),
        backups=backups,
        ini=config.ini_path(),
    )


def _same(chosen: URL, opened: URL) -> bool:
    """The same database, whatever password or driver options were given."""
    return (chosen.get_backend_name(), chosen.host, chosen.port, chosen.database) == (
        opened.get_backend_name(),
        opened.host,
        opened.port,
        opened.database,
    )

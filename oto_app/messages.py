"""The core's user-facing messages: Dutch first, English available.

One small catalogue for everything the core says to a person (refusals, norm
reasons, report text). The UI uses Qt's own translation system; this module
serves the parts that run without Qt (CLI, reports). ``OTO_LANG=en`` or
:func:`set_language` switches the language for the process.
"""

from __future__ import annotations

import enum
import os

_CATALOGUE: dict[str, tuple[str, str]] = {
    # key: (Dutch, English)
    "required": ("{label} is verplicht", "{label} is required"),
    "staff_number_taken": (
        "personeelsnummer {number} is al in gebruik bij {name}",
        "staff number {number} is already used by {name}",
    ),
    "unit_code_taken": ("onderdeelcode {code} bestaat al", "unit code {code} already exists"),
    "role_name_taken": ("rol '{name}' bestaat al", "role '{name}' already exists"),
    "unknown_person": ("medewerker {ref} bestaat niet", "person {ref} does not exist"),
    "unknown_unit": ("onbekend onderdeel '{ref}'", "unknown unit '{ref}'"),
    "unknown_role": ("onbekende rol '{ref}'", "unknown role '{ref}'"),
    "choose_role": ("kies een rol", "choose a role"),
    "unknown_assignment": ("toewijzing {ref} bestaat niet", "assignment {ref} does not exist"),
    "end_before_start": (
        "einddatum {end} ligt vóór startdatum {start}",
        "end date {end} is before start date {start}",
    ),
    "assignment_overlaps": (
        "{name} heeft al de rol {role} bij {unit} vanaf {start}",
        "{name} already holds the role {role} in {unit} from {start}",
    ),
    "assignment_already_ended": (
        "deze toewijzing is al beëindigd op {end}",
        "this assignment already ended on {end}",
    ),
    "inactive_unit": (
        "onderdeel {unit} is opgeheven; wijs geen nieuwe rollen toe",
        "unit {unit} is retired; assign no new roles",
    ),
    "inactive_person": (
        "{name} is niet actief; zet de medewerker eerst op actief",
        "{name} is not active; make the person active first",
    ),
    "invalid_email": (
        "'{value}' is geen geldig e-mailadres",
        "'{value}' is not a valid e-mail address",
    ),
    "too_long": (
        "{label} is te lang (maximaal {max} tekens)",
        "{label} is too long (at most {max} characters)",
    ),
    "min_activities": (
        "minimum aantal activiteiten moet 0 of meer zijn",
        "minimum number of activities must be 0 or more",
    ),
    "stale_record": (
        "{what} is intussen door iemand anders gewijzigd; laad opnieuw en probeer het nog eens",
        "{what} was changed by someone else meanwhile; reload and try again",
    ),
    "db_too_new": (
        "de database {where} is gemaakt door een nieuwere versie van OTO (schema {revision}); "
        "installeer de nieuwste versie. De database is niet aangeraakt.",
        "the database {where} was made by a newer version of OTO (schema {revision}); "
        "install the latest version. The database was not touched.",
    ),
    "db_not_a_database": (
        "{where} is geen OTO-database of is beschadigd ({detail})",
        "{where} is not an OTO database or is damaged ({detail})",
    ),
    "db_foreign": (
        "{where} is geen OTO-database ({detail}); OTO heeft het bestand niet aangeraakt",
        "{where} is not an OTO database ({detail}); OTO has not touched the file",
    ),
    "db_damaged": (
        "de database {where} is beschadigd ({detail}); OTO schrijft er niets in. Er is geen "
        "goede back-up in de map backups ernaast; vraag de beheerder om hulp",
        "the database {where} is damaged ({detail}); OTO writes nothing to it. There is no "
        "good backup in the backups folder beside it; ask your administrator for help",
    ),
    "db_damaged_backup": (
        "de database {where} is beschadigd ({detail}); OTO schrijft er niets in. Zet de "
        "nieuwste goede back-up terug: {backup} (in OTO: Bestand > Back-up terugzetten…; "
        "op de opdrachtregel: oto-app restore --from met dat bestand)",
        "the database {where} is damaged ({detail}); OTO writes nothing to it. Restore the "
        "newest good backup: {backup} (in OTO: File > Restore backup…; on the command line: "
        "oto-app restore --from with that file)",
    ),
    "db_conflict": (
        "{what} is intussen al door iemand anders vastgelegd; er is niets opgeslagen. Laad "
        "opnieuw en probeer het nog eens (details in {log})",
        "{what} was saved by someone else meanwhile; nothing was saved. Reload and try "
        "again (details in {log})",
    ),
    "db_assignment_overlap": (
        "deze medewerker heeft intussen (door iemand anders vastgelegd) al dezelfde rol bij "
        "dit onderdeel in die periode; er is niets opgeslagen. Laad opnieuw en kijk het na "
        "(details in {log})",
        "this person meanwhile (saved by someone else) already holds the same role in this "
        "unit in that period; nothing was saved. Reload and check (details in {log})",
    ),
    "db_value_too_long": (
        "een van de ingevoerde waarden is te lang voor de database; er is niets opgeslagen. "
        "Maak hem korter en probeer het opnieuw (details in {log})",
        "one of the values entered is too long for the database; nothing was saved. "
        "Shorten it and try again (details in {log})",
    ),
    "db_integrity": (
        "de database {where} weigerde de wijziging: die verwijst naar iets dat intussen is "
        "verwijderd of gewijzigd; er is niets opgeslagen. Laad opnieuw en probeer het nog "
        "eens (details in {log})",
        "the database {where} refused the change: it refers to something deleted or changed "
        "meanwhile; nothing was saved. Reload and try again (details in {log})",
    ),
    "db_failed": (
        "de database {where} gaf een onverwachte fout; er is niets opgeslagen (details in {log})",
        "the database {where} reported an unexpected error; nothing was saved (details in {log})",
    ),
    "what_unique_staff_number": ("dit personeelsnummer", "this staff number"),
    "what_unique_activity": ("deze activiteit", "this activity"),
    "what_unique_participation": ("deze deelname", "this participation"),
    "what_unique_unit": ("deze onderdeelcode", "this unit code"),
    "what_unique_role": ("deze rol", "this role"),
    "what_unique_course": ("deze opleiding", "this course"),
    "what_unique_login": ("deze gebruiker", "this user"),
    "what_unique_other": ("een van deze gegevens", "one of these records"),
    "waiting_for_same": ("wacht op een andere {kind}…", "waiting for another {kind}…"),
    "waiting_for_work": (
        "wacht tot de {kind} die nu loopt klaar is…",
        "waiting until the {kind} now running is done…",
    ),
    "db_busy_with": (
        "de database {where} is na {seconds} seconden wachten nog bezet door een {kind} in "
        "OTO ({who}); probeer het straks opnieuw. Er is niets veranderd",
        "the database {where} is still busy with a {kind} in OTO ({who}) after waiting "
        "{seconds} seconds; try again later. Nothing was changed",
    ),
    "work_import": ("import", "import"),
    "work_anonymise": ("anonimisering", "anonymisation"),
    "work_restore": ("terugzetting van een back-up", "restore of a backup"),
    "work_unknown": ("bewerking", "job"),
    "db_locked": (
        "de database {where} is vergrendeld door een ander programma; sluit dat en probeer opnieuw",
        "the database {where} is locked by another program; close it and try again",
    ),
    "db_full": (
        "de schijf met de database {where} is vol; maak ruimte en probeer het opnieuw. "
        "Er is niets half opgeslagen",
        "the disk holding the database {where} is full; make room and try again. "
        "Nothing was half saved",
    ),
    "db_full_file": (
        "de schijf met de database {where} is vol (nog {free} vrij); maak ruimte en probeer "
        "het opnieuw. Er is niets half opgeslagen",
        "the disk holding the database {where} is full ({free} free); make room and try "
        "again. Nothing was half saved",
    ),
    "restore_full": (
        "de back-up {backup} is niet teruggezet: de schijf met de database is vol (nog {free} "
        "vrij in de map {folder}); maak ruimte en probeer het opnieuw. De database is zoals "
        "hij was",
        "the backup {backup} was not restored: the disk holding the database is full ({free} "
        "free in the folder {folder}); make room and try again. The database is as it was",
    ),
    "restore_failed": (
        "de back-up {backup} is niet teruggezet; de database is zoals hij was. {reason}",
        "the backup {backup} was not restored; the database is as it was. {reason}",
    ),
    "db_read_only": (
        "de database {where} is alleen-lezen; OTO kan er niet in schrijven",
        "the database {where} is read-only; OTO cannot write to it",
    ),
    "db_server_down": (
        "de databaseserver {where} is niet bereikbaar; controleer de netwerkverbinding of "
        "vraag de beheerder of de server draait, en probeer het opnieuw. Niet-opgeslagen "
        "invoer blijft staan",
        "the database server {where} cannot be reached; check the network connection or ask "
        "the administrator whether the server is running, and try again. Unsaved input stays",
    ),
    "db_no_such_database": (
        "de databaseserver kent geen database {where}: controleer de naam achter de laatste / "
        "in OTO_DATABASE_URL of --db, of vraag de beheerder of die database er is",
        "the database server has no database {where}: check the name after the last / in "
        "OTO_DATABASE_URL or --db, or ask your administrator whether that database exists",
    ),
    "db_wrong_password": (
        "aanmelden bij de databaseserver {where} mislukt: gebruikersnaam of wachtwoord klopt "
        "niet (zie OTO_DATABASE_URL of --db)",
        "signing in to the database server {where} failed: wrong user name or password "
        "(see OTO_DATABASE_URL or --db)",
    ),
    "db_no_rights": (
        "u hebt geen rechten op de database {where}; vraag de beheerder van de server om toegang",
        "you have no rights on the database {where}; ask the server's administrator for access",
    ),
    "db_unreachable": (
        "kan de database {where} niet openen: {detail}",
        "cannot open the database {where}: {detail}",
    ),
    "db_not_empty": (
        "de database bevat al gegevens; voorbeeldgegevens zijn alleen voor een lege database",
        "the database already holds data; demo data is only for an empty database",
    ),
    "rights_adviser_only": (
        "alleen de adviseur rampenbestrijding mag {what}; u bent {role}",
        "only the crisis management adviser may {what}; you are {role}",
    ),
    "rights_read_only": (
        "u ({login}) hebt alleen leesrechten; vraag de adviseur om een andere rol",
        "you ({login}) may only read; ask the adviser for another role",
    ),
    "rights_not_your_unit": (
        "u mag {what} alleen voor uw eigen onderdelen ({yours}); dit gaat over {units}",
        "you may {what} only for your own units ({yours}); this concerns {units}",
    ),
    "rights_no_user": (
        "niet aangemeld: wijzigen kan alleen als bekende gebruiker",
        "not logged in: only a known user can make changes",
    ),
    "rights_last_adviser": (
        "er moet ten minste één adviseur blijven",
        "at least one adviser must remain",
    ),
    "do_edit_staff": ("medewerkers en hun rollen wijzigen", "change staff and their roles"),
    "do_edit_organisation": (
        "onderdelen, rollen en opleidingen wijzigen",
        "change units, roles and courses",
    ),
    "do_edit_settings": ("normen en instellingen wijzigen", "change norms and settings"),
    "do_edit_users": ("gebruikers en hun rechten beheren", "manage users and their rights"),
    "do_import": ("bestanden inlezen", "import files"),
    "do_plan": ("het jaarplan kopiëren", "copy the year plan"),
    "do_log_activity": ("activiteiten vastleggen", "log activities"),
    "do_log_attendance": ("presentie vastleggen", "record attendance"),
    "do_evaluate": ("evaluaties en verbeterpunten vastleggen", "record evaluations and actions"),
    "do_privacy": ("persoonsgegevens anonimiseren", "anonymise personal data"),
    "audit_insert": ("toegevoegd", "added"),
    "audit_import": ("ingelezen", "imported"),
    "audit_import_from": ("uit {file}", "from {file}"),
    "word_yes": ("ja", "yes"),
    "word_no": ("nee", "no"),
    "field_active": ("actief", "active"),
    "audit_update": ("gewijzigd", "changed"),
    "audit_delete": ("verwijderd", "deleted"),
    "audit_export": ("ingezien (AVG)", "exported (GDPR)"),
    "audit_anonymise": ("geanonimiseerd", "anonymised"),
    # issue 17: the server's walls (oto_app.server, oto-app server ...)
    "server_not_postgres": (
        "'oto-app server' is voor een PostgreSQL-database; een SQLite-bestand beschermen de "
        "bestandsrechten",
        "'oto-app server' is for a PostgreSQL database; a SQLite file is protected by its "
        "file permissions",
    ),
    "server_groups_taken": (
        "de groepsrollen van OTO op deze server horen al bij de database {holder}; een "
        "tweede OTO-database ({database}) zou ze delen, en een rol in de ene zou dan ook in "
        "de andere gelden. Zet een tweede OTO-database (zoals een testkopie) op een eigen "
        "databaseserver (een eigen cluster of poort), of verwijder {holder} eerst",
        "OTO's group roles on this server already belong to the database {holder}; a second "
        "OTO database ({database}) would share them, and a role in one would count in the "
        "other. Put a second OTO database (such as a test copy) on a server of its own (its "
        "own cluster or port), or drop {holder} first",
    ),
    "server_not_owner": (
        "alleen de eigenaar van de database mag 'server init' uitvoeren",
        "only the owner of the database may run 'server init'",
    ),
    "server_needs_createrole": (
        "de eigenaar van de database mag geen rollen maken; geef die login CREATEROLE "
        "(createuser --createrole)",
        "the owner of the database may not create roles; give that login CREATEROLE "
        "(createuser --createrole)",
    ),
    "server_upgrade_needed": (
        "de database {where} moet eerst worden bijgewerkt door de beheerder (de eigenaar): "
        "oto-app server init",
        "the database {where} must first be upgraded by its administrator (the owner): "
        "oto-app server init",
    ),
    "server_only_adviser": (
        "alleen de adviseur (of de eigenaar van de database) beheert gebruikers",
        "only the adviser (or the owner of the database) manages users",
    ),
    "server_admin_login": (
        "{login} is een beheerderslogin (superuser, CREATEROLE of eigenaar), geen OTO-gebruiker",
        "{login} is an administrator's login (superuser, CREATEROLE or owner), not an OTO user",
    ),
    "server_user_exists": (
        "gebruiker {login} bestaat al; wijzig de rol (Rol wijzigen… of 'oto-app server set-role')",
        "user {login} already exists; change the role (Change role… or 'oto-app server set-role')",
    ),
    "server_unknown_user": (
        "gebruiker {login} bestaat niet (meer) in OTO; voeg toe met Toevoegen… of "
        "'oto-app server add-user'",
        "user {login} does not exist in OTO (any more); add with Add… or 'oto-app server add-user'",
    ),
    "server_last_adviser": (
        "{login} is de laatste adviseur; geef eerst iemand anders de rol adviseur",
        "{login} is the last adviser; make someone else adviser first",
    ),
    "server_unknown_unit": (
        "onbekend onderdeel in '{units}'",
        "unknown unit in '{units}'",
    ),
    "server_ready": (
        "Server ingericht: groepsrollen {groups}, rechten, rijbeveiliging; het logboek wordt "
        "door de server geschreven.",
        "Server set up: group roles {groups}, grants, row-level security; the server writes "
        "the audit trail.",
    ),
    "server_kept": ("Gebruiker {login}: {role}.", "User {login}: {role}."),
    "server_skipped_admin": (
        "{login} is beheerder (eigenaar of superuser), geen OTO-gebruiker: overgeslagen.",
        "{login} is an administrator (owner or superuser), not an OTO user: skipped.",
    ),
    "server_added": (
        "Gebruiker {login} toegevoegd als {role}{units}.",
        "User {login} added as {role}{units}.",
    ),
    "server_changed": (
        "Gebruiker {login} is nu {role}{units}.",
        "User {login} is now {role}{units}.",
    ),
    "server_sso": (
        "Geen wachtwoord: aanmelden via Kerberos/SSPI (single sign-on).",
        "No password: signing in through Kerberos/SSPI (single sign-on).",
    ),
    "server_removed": (
        "Gebruiker {login} heeft geen OTO-rechten meer.",
        "User {login} no longer has OTO rights.",
    ),
    "server_login_not_ours": (
        "de login {login} bestond al op de server buiten OTO (bijvoorbeeld voor single "
        "sign-on of een ander programma); het wachtwoord daarvan wijzigt de beheerder van de "
        "server, niet OTO: laat het wachtwoord leeg",
        "the login {login} already existed on the server outside OTO (for single sign-on or "
        "another program, say); its password is changed by the server's administrator, not "
        "by OTO: leave the password empty",
    ),
    "server_password_again": ("Nogmaals, ter controle: ", "Again, to check: "),
    "server_passwords_differ": (
        "de twee wachtwoorden zijn niet gelijk; typ het wachtwoord twee keer hetzelfde (of "
        "laat beide leeg voor single sign-on)",
        "the two passwords differ; type the password the same twice (or leave both empty "
        "for single sign-on)",
    ),
    "server_login_empty": (
        "vul de login in: de gebruikersnaam waarmee hij of zij zich bij de server aanmeldt",
        "fill in the login: the user name they sign in to the server with",
    ),
    "server_login_long": (
        "de login '{login}' is te lang: de server bewaart hoogstens 63 tekens",
        "the login '{login}' is too long: the server keeps at most 63 characters",
    ),
    "server_login_characters": (
        "de login '{login}' mag alleen letters, cijfers en . _ - @ bevatten en begint met "
        "een letter of cijfer",
        "the login '{login}' may only hold letters, digits and . _ - @ and starts with a "
        "letter or digit",
    ),
    "server_login_reserved": (
        "de login '{login}' begint met pg_ of oto_: die namen zijn voor de server en OTO's "
        "groepsrollen",
        "the login '{login}' starts with pg_ or oto_: those names belong to the server and "
        "OTO's group roles",
    ),
    "users_come_by_themselves": (
        "op een SQLite-database komt iemand vanzelf in de lijst bij de eerste start van OTO "
        "onder zijn of haar eigen account",
        "on a SQLite database someone appears in the list by starting OTO once under their "
        "own account",
    ),
    "server_password_prompt": (
        "Wachtwoord voor {login} (leeg: geen, voor single sign-on): ",
        "Password for {login} (empty: none, for single sign-on): ",
    ),
    # issue 17: the audit trail's hash chain (oto_app.chain)
    "chain_ok": (
        "logboek gecontroleerd: {count} regels, de hashketen klopt",
        "audit trail checked: {count} entries, the hash chain holds",
    ),
    "chain_entry_bad": (
        "logboekregel {id} ({at}, {login}, {action} {table} {record}) klopt niet: {why}",
        "audit entry {id} ({at}, {login}, {action} {table} {record}) does not fit: {why}",
    ),
    "chain_entry_gone": (
        "logboekregel {id} klopt niet: {why}",
        "audit entry {id} does not fit: {why}",
    ),
    "chain_why_hash": (
        "deze regel of de regel ervoor is buiten OTO om gewijzigd, verwijderd of tussengevoegd",
        "this entry or the one before it was changed, deleted or inserted outside OTO",
    ),
    "chain_why_unsealed": (
        "de regel heeft geen hash: buiten OTO om toegevoegd",
        "the entry has no hash: added outside OTO",
    ),
    "chain_why_checkpoint": (
        "deze regel is na een eerdere controle gewijzigd of verwijderd (het logboek is "
        "herschreven)",
        "this entry was changed or deleted after an earlier check (the trail was rewritten)",
    ),
    "chain_why_scrubbed": (
        "de inhoud is gewist zonder dat een anonimisering (AVG) in het logboek dat vastlegt",
        "its content was blanked without an anonymisation (GDPR) in the trail saying so",
    ),
    "UserRole.ADVISER": ("adviseur", "adviser"),
    "UserRole.PROCESS_LEAD": ("procesverantwoordelijke", "process lead"),
    "UserRole.READER": ("lezer", "reader"),
    "transfer_not_empty": (
        "de database {where} bevat al gegevens ({table}); overzetten kan alleen naar een lege "
        "database. Maak op de server een nieuwe, lege database aan en probeer het opnieuw",
        "the database {where} already holds data ({table}); a transfer needs an empty "
        "database. Create a new, empty database on the server and try again",
    ),
    "transfer_same": (
        "bron en doel zijn dezelfde database ({where})",
        "source and target are the same database ({where})",
    ),
    "transfer_mismatch": (
        "de kopie in {where} wijkt af van het origineel ({detail}); er is niets overgezet",
        "the copy in {where} differs from the original ({detail}); nothing was transferred",
    ),
    # issue 14: dates typed or imported
    "date_out_of_span": (
        "{label} {date} kan niet kloppen: kies een datum van {first} tot en met {last}",
        "{label} {date} cannot be right: choose a date from {first} to {last}",
    ),
    "date_not_typed": (
        "{label} '{value}' is geen datum; typ bijvoorbeeld 26-11-2026",
        "{label} '{value}' is not a date; type for example 26-11-2026",
    ),
    "cell_date_out_of_span": (
        "{date} kan niet kloppen: een datum van {first} tot en met {last}",
        "{date} cannot be right: a date from {first} to {last}",
    ),
    "field_date": ("datum", "date"),
    "field_held_on": ("evaluatiedatum", "evaluation date"),
    "field_due_date": ("uiterste datum", "due date"),
    "field_reviewed_on": ("datum van de herziening", "review date"),
    "field_reference_date": ("peildatum", "reference date"),
    "field_staff_number": ("personeelsnummer", "staff number"),
    "field_first_name": ("voornaam", "first name"),
    "field_last_name": ("achternaam", "surname"),
    "field_unit_code": ("code", "code"),
    "field_unit_name": ("naam", "name"),
    "field_role_name": ("rolnaam", "role name"),
    "field_start_date": ("startdatum", "start date"),
    "field_end_date": ("einddatum", "end date"),
    "field_email": ("e-mail", "e-mail"),
    "field_phone": ("telefoon", "phone"),
    "field_department": ("afdeling", "department"),
    "field_infix": ("tussenvoegsel", "infix"),
    "field_description": ("omschrijving", "description"),
    "field_plan_note": ("planstatus", "plan status"),
    "what_person": ("deze medewerker", "this person"),
    "what_unit": ("dit onderdeel", "this unit"),
    "what_role": ("deze rol", "this role"),
    "unknown_activity": ("activiteit {ref} bestaat niet", "activity {ref} does not exist"),
    "what_activity": ("deze activiteit", "this activity"),
    "unknown_user": ("gebruiker {ref} bestaat niet", "user {ref} does not exist"),
    "what_user": ("deze gebruiker", "this user"),
    "field_title": ("titel", "title"),
    "field_scenario": ("scenario", "scenario"),
    "field_place": ("plaats", "place"),
    "field_exchange_key": ("activiteitcode", "activity key"),
    "level_not_allowed": (
        "een {kind} heeft geen niveau; alleen een oefening of inzet is mono, multi of bestuurlijk",
        "a {kind} has no level; only an exercise or deployment is mono, multi or administrative",
    ),
    "level_required": (
        "kies het niveau van de oefening: monodisciplinair, multidisciplinair of bestuurlijk",
        "choose the exercise's level: single-discipline, multi-discipline or administrative",
    ),
    "bad_hours": (
        "{value} uur kan niet; vul 0 tot 240 in",
        "{value} hours is impossible; use 0 to 240",
    ),
    "held_in_future": (
        "een activiteit in de toekomst kan nog niet uitgevoerd zijn",
        "an activity in the future cannot have been held yet",
    ),
    "cancelled_nothing_written": (
        "geannuleerd; er is niets veranderd",
        "cancelled; nothing was changed",
    ),
    "cancel_with_present": (
        "er staan {count} deelnemers als aanwezig; zet hun presentie eerst terug en annuleer dan",
        "{count} participants are marked present; change their attendance before cancelling",
    ),
    "role_twice": (
        "deze rol staat voor dezelfde tijd ook op regel {other}, anders ingevuld; laat één "
        "regel staan",
        "this role is on line {other} too, for the same time but filled in differently; "
        "keep one row",
    ),
    "role_held": (
        "deze medewerker heeft deze rol bij dit onderdeel al vanaf {start}; geef die "
        "startdatum, of beëindig die rol eerst",
        "this person holds this role in this unit from {start} already; give that start "
        "date, or end that role first",
    ),
    "attendance_twice": (
        "{name} staat twee keer in de presentie",
        "{name} appears twice in the attendance",
    ),
    "already_listed": (
        "{name} staat al op de presentielijst",
        "{name} is already on the attendance list",
    ),
    "present_at_cancelled": (
        "{title} is geannuleerd; daar kan niemand aanwezig zijn geweest",
        "{title} was cancelled; nobody can have been present",
    ),
    "present_at_planned": (
        "{title} staat nog op gepland; markeer haar als uitgevoerd om aanwezigen te registreren",
        "{title} is still planned; mark it held to record who was present",
    ),
    "reference_outside_year": (
        "peildatum {date} ligt niet in {year}",
        "reference date {date} is not in {year}",
    ),
    "bad_norm_value": ("{value} kan niet voor deze norm", "{value} is not possible for this norm"),
    "n1_met": ("voldaan: {count} activiteiten in {year}", "met: {count} activities in {year}"),
    "n1_new": (
        "nieuw sinds {since}; nog geen activiteit gevolgd",
        "new since {since}; no activity yet",
    ),
    "n1_short": (
        "{attended} van {required} activiteiten in {year}",
        "{attended} of {required} activities in {year}",
    ),
    "n1_still_time": ("; kan nog tot en met 31-12-{year}", "; still possible until 31-12-{year}"),
    "n2_met": ("{count} oefeningen in {year}", "{count} exercises in {year}"),
    "n2_planned": (
        "nog niet geoefend; {count} oefeningen gepland",
        "not yet exercised; {count} exercises planned",
    ),
    "n2_missing": ("geen oefening in {year}", "no exercise in {year}"),
    "n3_met": (
        "{count} bestuurlijke oefeningen gehouden",
        "{count} administrative exercises held",
    ),
    "n3_planned": (
        "nog niet gehouden; {count} gepland",
        "not held yet; {count} planned",
    ),
    "n3_missing": ("geen bestuurlijke oefening in {year}", "no administrative exercise in {year}"),
    "n4_done": ("evaluatie afgerond", "evaluation finished"),
    "n4_open": ("evaluatie open; uiterlijk {due} afronden", "evaluation open; finish by {due}"),
    "n4_overdue": (
        "evaluatie te laat: had op {due} klaar moeten zijn",
        "evaluation overdue since {due}",
    ),
    "n5_met": (
        # trained implies staffed; whole in the Overzicht's tab at 1366 (it was cut there)
        "primair en plaatsvervanger getraind",
        "primary and deputy trained",
    ),
    "n5_no_primary": ("geen primaire bezetting", "no primary holder"),
    "n5_primary_untrained": ("primaire bezetting niet getraind", "primary holder not trained"),
    "n5_no_deputy": ("geen plaatsvervanger", "no deputy"),
    "n5_deputy_untrained": ("plaatsvervanger niet getraind", "deputy not trained"),
    "n7_never": ("deelplan nooit herzien", "plan never reviewed"),
    "n7_current": ("deelplan herzien op {date}", "plan reviewed on {date}"),
    "n7_old": (
        "deelplan herzien op {date}: langer dan {years} jaar geleden",
        "plan reviewed on {date}: more than {years} years ago",
    ),
    "mark_met": ("[v]", "[v]"),
    "mark_not_met": ("[ ]", "[ ]"),
    "text_title": (
        "OTO-normen {year}, peildatum {date}",
        "OTO norms {year}, reference date {date}",
    ),
    "text_n1": (
        "N1 Iedereen getraind: {done} van {total} voldaan",
        "N1 Everyone trained: {done} of {total} met",
    ),
    "text_n2": (
        "N2 Onderdelen geoefend: {done} van {total}",
        "N2 Units exercised: {done} of {total}",
    ),
    "text_n3": ("N3 Bestuurlijke oefening:", "N3 Administrative exercise:"),
    "text_n4": ("N4 Evaluaties:", "N4 Evaluations:"),
    "text_n5": ("N5 Bezetting sleutelfuncties:", "N5 Key roles staffed:"),
    "text_n6": ("N6 Verbeterpunten over datum: {count}", "N6 Improvement actions overdue: {count}"),
    "text_n7": ("N7 Actualiteit deelplannen:", "N7 Plans current:"),
    "PersonStatus.COMPLIANT": ("voldaan", "met"),
    "PersonStatus.PENDING": ("nog te doen", "pending"),
    "PersonStatus.NON_COMPLIANT": ("niet voldaan", "not met"),
    "PersonStatus.NEW": ("nieuw", "new"),
    "EvaluationState.DONE": ("afgerond", "done"),
    "EvaluationState.OPEN": ("open", "open"),
    "EvaluationState.OVERDUE": ("te laat", "overdue"),
    "row_problem_column": ("kolom '{column}'", "column '{column}'"),
    "import_refused": (
        "{count} regels geweigerd; er is niets ingelezen",
        "{count} rows refused; nothing was imported",
    ),
    "file_type": (
        "{file}: bestandstype {suffix} wordt niet ondersteund; gebruik .csv of .xlsx",
        "{file}: file type {suffix} is not supported; use .csv or .xlsx",
    ),
    "file_missing": ("{file} bestaat niet", "{file} does not exist"),
    "file_empty": ("{file} is leeg", "{file} is empty"),
    "file_header_only": (
        "{file} bevat alleen een kopregel, geen gegevens",
        "{file} holds only a header row, no data",
    ),
    "file_not_utf8": (
        "{file}:{line}: tekst is geen UTF-8; sla het bestand in Excel op als 'CSV UTF-8'",
        "{file}:{line}: text is not UTF-8; save the file in Excel as 'CSV UTF-8'",
    ),
    "file_binary": (
        "{file} is geen tekstbestand (CSV)",
        "{file} is not a text (CSV) file",
    ),
    "file_short_row": (
        "{file}:{line}: deze regel heeft {cells} cellen waar de kolommen er {width} vragen; "
        "de ontbrekende zouden als leeg worden gelezen. Vul de regel aan (lege cellen met ;) "
        "of controleer het scheidingsteken",
        "{file}:{line}: this row has {cells} cells where the columns ask for {width}; the "
        "missing ones would read as empty. Complete the row (empty cells with ;) or check the "
        "separator",
    ),
    "file_quote_open": (
        '{file}:{line}: hier begint een aanhalingsteken (") dat niet wordt gesloten: de cel '
        "loopt door over de volgende regels; sluit het, of laat het weg",
        '{file}:{line}: a quote (") starts here and is not closed: the cell runs on over the '
        "next lines; close it, or leave it out",
    ),
    "file_quote_text": (
        '{file}:{line}: na het aanhalingsteken (") dat een cel sluit, staat nog tekst in die '
        'cel; zet een aanhalingsteken binnen een cel dubbel ("")',
        '{file}:{line}: after the quote (") that closes a cell, more text follows in that '
        'cell; double a quote inside a cell ("")',
    ),
    "file_bad_csv": (
        "{file}:{line}: ongeldige CSV: {detail}",
        "{file}:{line}: invalid CSV: {detail}",
    ),
    "file_not_xlsx": (
        "{file} is geen Excel-werkmap, al eindigt de naam op .xlsx; sla het bestand in Excel "
        "op als Excel-werkmap (.xlsx) of als CSV UTF-8",
        "{file} is not an Excel workbook, though its name ends in .xlsx; save it in Excel as "
        "an Excel workbook (.xlsx) or as CSV UTF-8",
    ),
    "file_bad_xlsx": (
        "{file} is geen geldig Excel-bestand (.xlsx) ({detail})",
        "{file} is not a valid Excel file (.xlsx) ({detail})",
    ),
    "missing_column": ("kolom '{column}' ontbreekt", "column '{column}' is missing"),
    "unknown_column": (
        "{file}:1: kolom '{column}' is onbekend en wordt genegeerd",
        "{file}:1: column '{column}' is unknown and ignored",
    ),
    "cell_required": ("is verplicht maar leeg", "is required but empty"),
    # --- exchange safety (issue 15): headers, limits, hostile files -------------------------
    "unknown_columns": (
        "LET OP: {file} heeft {count} kolommen die niet worden gebruikt: {columns}. "
        "Wat daarin staat verandert niets; hernoem een kolom als die wel bedoeld is",
        "NOTE: {file} has {count} columns that are not used: {columns}. "
        "Nothing in them changes anything; rename a column if it was meant",
    ),
    "column_twice": (
        "staat twee keer in het bestand: '{first}' (kolom {first_at}) en '{second}' "
        "(kolom {second_at}); laat er één over",
        "appears twice in the file: '{first}' (column {first_at}) and '{second}' "
        "(column {second_at}); keep one",
    ),
    "file_cell_huge": (
        "{file}:{line}: een cel is langer dan {max} tekens (de grens van Excel); "
        "het bestand wordt niet verder gelezen",
        "{file}:{line}: a cell is longer than {max} characters (Excel's limit); "
        "the file is not read further",
    ),
    "file_uncomputed": (
        "{file}: cel {cell} bevat een formule die nooit is berekend (het bestand is door een "
        "programma gemaakt); open het in Excel, sla het op en lees het opnieuw in, of plak de "
        "formules als waarden",
        "{file}: cell {cell} holds a formula that was never calculated (a program made the "
        "file); open it in Excel, save it and import it again, or paste the formulas as values",
    ),
    "file_cell_huge_at": (
        "{file}:{line}: cel {cell} is langer dan {max} tekens (de grens van Excel); "
        "het bestand wordt niet verder gelezen",
        "{file}:{line}: cell {cell} is longer than {max} characters (Excel's limit); "
        "the file is not read further",
    ),
    "file_no_sheet": (
        "{file} heeft geen tabblad '{sheet}'",
        "{file} has no sheet '{sheet}'",
    ),
    "file_xlsx_bomb": (
        "{file} wordt niet gelezen: onderdeel {member} pakt uit van {packed} MB tot {size} MB, "
        "veel meer dan een werkmap met gegevens; het bestand is beschadigd of kwaadaardig",
        "{file} is not read: part {member} unpacks from {packed} MB to {size} MB, far more "
        "than a workbook of data does; the file is damaged or malicious",
    ),
    "text_too_long": (
        "is te lang: {length} tekens, maximaal {max}",
        "is too long: {length} characters, at most {max}",
    ),
    "text_nul": (
        "bevat een NUL-teken (U+0000), dat niet kan worden opgeslagen",
        "contains a NUL character (U+0000), which cannot be stored",
    ),
    "text_newline_cell": (
        "de cel loopt over twee regels; in deze kolom hoort de tekst op één regel",
        "the cell runs over two lines; this column takes its text on one line",
    ),
    "text_newline_csv": (
        'hier begint een aanhalingsteken (") dat niet wordt gesloten: de cel loopt door '
        "over de volgende regels",
        'a quote (") starts here and is not closed: the cell runs on over the next lines',
    ),
    "text_invisible": (
        "bevat een onzichtbaar teken ({char}); typ de tekst opnieuw zonder dat teken",
        "contains an invisible character ({char}); type the text again without it",
    ),
    "field_bad_text": ("{label} {reason}", "{label} {reason}"),
    "export_all_xlsx": (
        "{file}: alles gaat in één Excel-werkmap; kies een naam die op .xlsx eindigt",
        "{file}: everything goes into one Excel workbook; choose a name ending in .xlsx",
    ),
    "export_all_too_many": (
        "het tabblad {sheet} zou {rows} regels krijgen; Excel houdt er {most}",
        "the sheet {sheet} would get {rows} rows; Excel holds {most}",
    ),
    "import_all_not_empty": (
        "deze database bevat al gegevens ({table}); lees de werkmap in een lege database in "
        "(oto-app --db NIEUW.sqlite import all ...)",
        "this database already holds data ({table}); import the workbook into an empty "
        "database (oto-app --db NEW.sqlite import all ...)",
    ),
    "all_unknown_ref": (
        "'{value}' staat niet op het tabblad {sheet}",
        "'{value}' is not on the sheet {sheet}",
    ),
    "all_unknown_nr": (
        "nummer {value} staat niet op het tabblad {sheet}",
        "number {value} is not on the sheet {sheet}",
    ),
    "left_but_active": (
        "uit dienst op {day}, maar actief is 'ja'; laat een van beide leeg",
        "left on {day}, but actief is 'ja'; leave one of them empty",
    ),
    "cell_bad_date": ("'{value}' is geen geldige datum", "'{value}' is not a valid date"),
    "cell_bad_choice": (
        "'{value}' kan niet; kies uit {choices}",
        "'{value}' is not allowed; choose from {choices}",
    ),
    "cell_bad_number": ("'{value}' is geen getal", "'{value}' is not a number"),
    "cell_unknown_unit": ("onbekend onderdeel '{value}'", "unknown unit '{value}'"),
    "cell_unknown_role": ("onbekende rol '{value}'", "unknown role '{value}'"),
    "cell_unknown_person": (
        "personeelsnummer '{value}' is onbekend; lees eerst de medewerkers in",
        "staff number '{value}' is unknown; import the staff first",
    ),
    "cell_conflict": (
        "'{value}' wijkt af van regel {other_line} met dezelfde sleutel ('{other}')",
        "'{value}' differs from line {other_line} with the same key ('{other}')",
    ),
    "cell_role_without_unit": (
        "een rol hoort bij een onderdeel: vul ook 'onderdeel' in",
        "a role belongs to a unit: fill in 'onderdeel' too",
    ),
    "cell_unit_without_role": (
        "vul bij een onderdeel ook de 'rol' in",
        "fill in the 'rol' with a unit",
    ),
    "import_summary": (
        "{what}: {added} toegevoegd, {updated} bijgewerkt, {unchanged} ongewijzigd",
        "{what}: {added} added, {updated} updated, {unchanged} unchanged",
    ),
    "what_people": ("medewerkers", "people"),
    "what_assignments": ("rollen", "roles"),
    "what_activities": ("activiteiten", "activities"),
    "what_participations": ("deelnames", "participations"),
    "what_evaluations": ("evaluaties", "evaluations"),
    "report_printed": ("Afgedrukt op {date}", "Printed on {date}"),
    "report_page": ("pagina {page} van {total}", "page {page} of {total}"),
    "report_mark_met": ("voldaan", "met"),
    "report_mark_open": ("nog te doen", "pending"),
    "report_mark_not": ("niet voldaan", "not met"),
    "report_compliance_title": ("Jaaroverzicht OTO {year}", "OTO annual overview {year}"),
    "report_reference": ("Peildatum: {date}.", "Reference date: {date}."),
    "report_year_running": (
        "Het jaar loopt nog: wat nog niet voldaan is, kan nog.",
        "The year is still running: what is not met yet still can be.",
    ),
    "report_summary": ("Samenvatting", "Summary"),
    # a norm card's tooltip: the norm, its outcome and its light, as the cover's table
    "norm_explained": (
        "{code} {what}.\nUitkomst: {result}.\nStand: {verdict}.",
        "{code} {what}.\nResult: {result}.\nState: {verdict}.",
    ),
    "report_chart": ("Getraind per onderdeel", "Trained per unit"),
    "report_n1": ("Iedereen met een crisistaak getraind", "Everyone with a crisis task trained"),
    "report_n1_value": ("{done} van {total} medewerkers", "{done} of {total} people"),
    "report_n2": ("Alle onderdelen geoefend", "All units exercised"),
    "report_n2_value": ("{done} van {total} onderdelen", "{done} of {total} units"),
    "report_n3": ("Een bestuurlijke oefening", "An administrative exercise"),
    "report_n4": ("Oefeningen en inzetten geëvalueerd", "Exercises and deployments evaluated"),
    "report_n4_value": ("{late} van {total} te laat", "{late} of {total} overdue"),
    "report_n5": ("Sleutelfuncties bezet en getraind", "Key roles staffed and trained"),
    "report_n5_value": ("{short} van {total} onderbezet", "{short} of {total} understaffed"),
    "report_n6": ("Verbeterpunten op tijd afgerond", "Improvement actions done on time"),
    "report_n6_value": ("{count} over de datum", "{count} past due"),
    "report_n7": ("Deelplannen actueel", "Plans current"),
    "report_n7_value": ("{stale} van {total} verouderd", "{stale} of {total} out of date"),
    "report_col_norm": ("Norm", "Norm"),
    "report_col_what": ("Wat", "What"),
    "report_col_result": ("Uitkomst", "Result"),
    "report_col_state": ("Stand", "State"),
    "report_col_name": ("Naam", "Name"),
    "report_col_number": ("Personeelsnr.", "Staff no."),
    "report_col_role": ("Rol", "Role"),
    "report_col_status": ("Status", "Status"),
    "report_col_activities": ("Activiteiten", "Activities"),
    "report_col_unit": ("Onderdeel", "Unit"),
    "report_col_reason": ("Waarom", "Why"),
    "report_col_date": ("Datum", "Date"),
    "report_col_activity": ("Activiteit", "Activity"),
    "report_col_due": ("Uiterlijk", "Due"),
    "report_col_action": ("Verbeterpunt", "Improvement action"),
    "report_col_owner": ("Eigenaar", "Owner"),
    "report_col_reviewed": ("Herzien op", "Reviewed on"),
    "report_col_signature": ("Handtekening", "Signature"),
    "report_units": ("Per onderdeel", "Per unit"),
    # as the cover counts: the exempt apart, not in the "of"
    "report_unit_line": (
        "{reason}. {trained} van {total} medewerkers getraind{exempt}.",
        "{reason}. {trained} of {total} people trained{exempt}.",
    ),
    "report_sign_by": ("Vastgesteld door", "Adopted by"),
    "report_exercises": ("Oefeningen:", "Exercises:"),
    # issue 19: above a table's repeated header on the pages after its first
    "report_continued": ("{what}, vervolg", "{what}, continued"),
    # the same list as the Overzicht's tab (it was "Nog niet voldaan" over rows saying
    # "nog te doen" and "nieuw")
    "report_missing": ("Nog te trainen", "Still to train"),
    "report_missing_none": ("Iedereen heeft voldaan.", "Everyone has met the norm."),
    "report_admin": ("Bestuurlijke oefening", "Administrative exercise"),
    "report_evaluations": ("Evaluaties", "Evaluations"),
    "report_actions": ("Verbeterpunten over de datum", "Improvement actions past due"),
    "report_plans": ("Deelplannen", "Plans"),
    "report_none": ("Geen.", "None."),
    "report_sign_off": ("Vastgesteld", "Signed off"),
    "report_sign_text": (
        "Dit overzicht is vastgesteld en wordt aangeboden aan de raad en de veiligheidsregio.",
        "This overview was signed off and is offered to the council and the safety region.",
    ),
    "report_sign_name": ("Naam", "Name"),
    "report_sign_function": ("Functie", "Function"),
    "report_sign_date": ("Datum", "Date"),
    "report_sign_signature": ("Handtekening", "Signature"),
    "report_sheet_title": ("Presentielijst", "Attendance sheet"),
    "report_sheet_intro": (
        "Zet uw handtekening achter uw naam. Staat u er niet op, schrijf dan uw naam en "
        "personeelsnummer op een lege regel.",
        "Sign behind your name. Not on the list? Write your name and staff number on an "
        "empty line.",
    ),
    "report_sheet_walkins": ("Niet op de lijst", "Not on the list"),
    "report_person_title": ("Persoonlijk OTO-overzicht", "Personal OTO overview"),
    "report_person_roles": ("Rollen in de crisisorganisatie", "Roles in the crisis organisation"),
    "report_person_activities": (
        "Opleidingen, trainingen en oefeningen",
        "Courses, trainings and exercises",
    ),
    "report_person_years": ("Per jaar", "Per year"),
    "report_person_held": (
        "Dit overzicht bevat alle gegevens die OTO over deze medewerker bewaart.",
        "This overview holds all data OTO keeps about this person.",
    ),
    "report_col_from": ("Van", "From"),
    "report_col_until": ("Tot en met", "Until"),
    "report_col_type": ("Type", "Type"),
    "report_col_kind": ("Soort", "Kind"),
    "report_col_attendance": ("Aanwezigheid", "Attendance"),
    "report_col_hours": ("Uren", "Hours"),
    "report_col_year": ("Jaar", "Year"),
    "report_col_present": ("Aanwezig bij (aantal)", "Present at (count)"),
    "report_contact": (
        "Personeelsnummer {number} · {department} · {email} · {phone}",
        "Staff number {number} · {department} · {email} · {phone}",
    ),
    "report_evaluation_title": ("Evaluatieverslag", "Evaluation report"),
    "report_evaluation_facts": (
        "{discipline} · {status} · geëvalueerd op {held} door {author}",
        "{discipline} · {status} · evaluated on {held} by {author}",
    ),
    "report_went_well": ("Wat ging goed", "What went well"),
    "report_to_improve": ("Wat moet beter", "What must improve"),
    "report_conclusions": ("Conclusies", "Conclusions"),
    "report_improvements": ("Verbeterpunten", "Improvement actions"),
    "report_objectives": ("Doelstellingen", "Objectives"),
    "report_person_courses": ("Vereiste opleidingen", "Required courses"),
    "report_person_no_courses": (
        "Geen: de rollen van deze medewerker vragen geen opleiding.",
        "None: this person's roles require no course.",
    ),
    "report_col_course": ("Opleiding", "Course"),
    "report_col_completed": ("Gevolgd op", "Taken on"),
    "report_col_objective": ("Doelstelling", "Objective"),
    "report_col_rating": ("Beoordeling", "Rating"),
    "report_col_note": ("Toelichting", "Note"),
    "report_attachments": ("Bijlagen", "Attachments"),
    "report_activity_deleted": (
        "de activiteit is verwijderd; deze evaluatie is bewaard",
        "the activity was deleted; this evaluation was kept",
    ),
    "no_evaluation": ("{title} heeft nog geen evaluatie", "{title} has no evaluation yet"),
    "backup_not_sqlite": (
        "een back-up maakt OTO alleen van een SQLite-bestand; maak van een server een "
        "back-up met pg_dump",
        "OTO only backs up a SQLite file; back up a server with pg_dump",
    ),
    "restore_not_sqlite": (
        "terugzetten doet OTO alleen met een SQLite-bestand; zet een server terug met pg_restore",
        "OTO only restores a SQLite file; restore a server with pg_restore",
    ),
    "restored": (
        "Back-up van {made} teruggezet ({counts}); de vorige database staat in {folder}.",
        "Backup of {made} restored ({counts}); the previous database is in {folder}.",
    ),
    "backup_exists": (
        "{file} bestaat al; kies een nieuwe naam",
        "{file} already exists; choose a new name",
    ),
    "backup_damaged": (
        "de back-up {where} is beschadigd ({detail}); kies een andere back-up. Er is niets "
        "veranderd",
        "the backup {where} is damaged ({detail}); choose another backup. Nothing was changed",
    ),
    "backup_no_folder": ("map {folder} bestaat niet", "folder {folder} does not exist"),
    # --- writing files and faults (oto_app.files, issue 18) ---
    "write_full": (
        "{file} is niet opgeslagen: de schijf is vol (nog {free} vrij in de map {folder}). "
        "Maak ruimte of kies een andere map; er is geen half bestand achtergebleven",
        "{file} was not saved: the disk is full ({free} free in the folder {folder}). "
        "Make room or choose another folder; no half-written file was left behind",
    ),
    "write_read_only": (
        "{file} is niet opgeslagen: in de map {folder} mag OTO niet schrijven (alleen-lezen; "
        "nog {free} vrij). Kies een andere map; er is geen half bestand achtergebleven",
        "{file} was not saved: OTO may not write in the folder {folder} (read-only; "
        "{free} free). Choose another folder; no half-written file was left behind",
    ),
    "write_no_folder": (
        "{file} is niet opgeslagen: de map {folder} bestaat niet",
        "{file} was not saved: the folder {folder} does not exist",
    ),
    "write_is_folder": (
        "er is niets opgeslagen: {folder}{sep}{file} is een map, geen bestand; geef een "
        "bestandsnaam in die map",
        "nothing was saved: {folder}{sep}{file} is a folder, not a file; give a file name "
        "in that folder",
    ),
    "write_not_a_folder": (
        "{file} is niet opgeslagen: {folder} is een bestand, geen map; kies een map",
        "{file} was not saved: {folder} is a file, not a folder; choose a folder",
    ),
    "folder_is_file": (
        "de map {folder} kan niet worden gemaakt: er staat al een bestand met die naam; "
        "kies een andere map",
        "the folder {folder} cannot be made: a file of that name is already there; "
        "choose another folder",
    ),
    "write_name_too_long": (
        "{file} is niet opgeslagen: de naam is te lang; kies een kortere naam of map",
        "{file} was not saved: the name is too long; choose a shorter name or folder",
    ),
    "write_failed": (
        "{file} is niet opgeslagen in de map {folder}: {reason} (nog {free} vrij); "
        "er is geen half bestand achtergebleven",
        "{file} was not saved in the folder {folder}: {reason} ({free} free); "
        "no half-written file was left behind",
    ),
    "size_unknown": ("onbekend", "unknown"),
    "size_below_kb": ("minder dan 1 KB", "less than 1 KB"),
    "decimal_mark": (",", "."),
    "evaluate_kind": (
        "een {kind} wordt niet geëvalueerd; alleen oefeningen en inzetten",
        "a {kind} is not evaluated; only exercises and deployments are",
    ),
    "evaluate_not_held": (
        "{title} is (nog) niet uitgevoerd; evalueer na afloop",
        "{title} has not been held (yet); evaluate afterwards",
    ),
    "evaluated_before": (
        "de evaluatie kan niet vóór de activiteit ({date}) zijn",
        "the evaluation cannot be before the activity ({date})",
    ),
    "due_before_evaluation": (
        "de uiterste datum ligt vóór de evaluatie ({date})",
        "the due date is before the evaluation ({date})",
    ),
    "unknown_evaluation": ("evaluatie {ref} bestaat niet", "evaluation {ref} does not exist"),
    "unknown_action": (
        "verbeterpunt {ref} bestaat niet",
        "improvement action {ref} does not exist",
    ),
    "what_evaluation": ("deze evaluatie", "this evaluation"),
    "what_action": ("dit verbeterpunt", "this improvement action"),
    "what_course": ("deze opleiding", "this course"),
    "field_author": ("auteur", "author"),
    "field_text": ("tekst", "text"),
    "field_verification": (
        "hoe is gecontroleerd dat het verbeterpunt af is",
        "how it was verified that the action is done",
    ),
    "invalid_rating": (
        "doelstelling {row}: beoordeling '{value}' bestaat niet; kies P, S, M of U",
        "objective {row}: rating '{value}' does not exist; choose P, S, M or U",
    ),
    "objective_required": (
        "doelstelling {row}: beschrijf de doelstelling",
        "objective {row}: describe the objective",
    ),
    "field_objective": ("doelstelling", "objective"),
    "field_attachment": ("bijlage", "attachment"),
    "field_owner": ("eigenaar", "owner"),
    "not_in_list": (
        "'{value}' staat niet in de lijst; kies een naam uit de lijst",
        "'{value}' is not in the list; choose a name from the list",
    ),
    "unknown_course": ("opleiding {ref} bestaat niet", "course {ref} does not exist"),
    "course_name_taken": ("opleiding '{name}' bestaat al", "course '{name}' already exists"),
    "field_course_name": ("naam van de opleiding", "course name"),
    "validity_years": (
        "geldigheid moet 1 tot 50 jaar zijn, of leeg (verloopt niet)",
        "validity must be 1 to 50 years, or empty (does not expire)",
    ),
    "course_for_course_only": (
        "alleen een opleiding hoort bij een opleiding uit de catalogus",
        "only a course (opleiding) can be an edition of a catalogue course",
    ),
    "validity_valid_until": ("geldig tot {date}", "valid until {date}"),
    "validity_expired_on": ("verlopen op {date}", "expired on {date}"),
    "validity_missing": ("nog nooit gevolgd", "never taken"),
    "validity_forever": ("gevolgd op {date}; verloopt niet", "taken on {date}; does not expire"),
    "plan_nothing_to_copy": (
        "in {year} staan geen activiteiten om te kopiëren",
        "{year} has no activities to copy",
    ),
    "plan_same_year": (
        "kies een ander jaar om van te kopiëren",
        "choose another year to copy from",
    ),
    # Workstation configuration, About (issue 21)
    "ini_unreadable": (
        "{file}: dit instellingenbestand van OTO is niet te lezen ({detail}); verbeter of "
        "verwijder het",
        "{file}: this OTO settings file cannot be read ({detail}); correct or remove it",
    ),
    "db_bad_url": (
        "'{url}' is geen geldig database-adres; gebruik een bestandspad of "
        "postgresql+psycopg://server/database",
        "'{url}' is not a valid database address; use a file path or "
        "postgresql+psycopg://server/database",
    ),
    "chosen_by_option": ("gekozen met --db", "chosen with --db"),
    "chosen_by_environment": (
        "gekozen met de omgevingsvariabele OTO_DATABASE_URL",
        "chosen by the environment variable OTO_DATABASE_URL",
    ),
    "chosen_by_ini": ("gekozen in {file}", "chosen in {file}"),
    "chosen_by_default": ("het standaardbestand van deze gebruiker", "this user's default file"),
    "backups_on_server": (
        "op de server, door de beheerder van de databaseserver",
        "on the server, by the database server's administrator",
    ),
    "about_version": ("Versie", "Version"),
    "about_database": ("Database", "Database"),
    "about_file": ("bestand op deze computer", "file on this computer"),
    "about_server": ("gedeelde server", "shared server"),
    "about_revision": ("Schemaversie", "Schema revision"),
    "about_revision_number": ("versie {number}", "version {number}"),
    "about_chosen": ("Gekozen", "Chosen"),
    "about_data": ("Gegevensmap", "Data folder"),
    "about_backups": ("Back-ups", "Backups"),
    "about_ini": ("Instellingen voor alle gebruikers", "Settings for every user"),
    "about_present": ("aanwezig", "present"),
    "about_absent": ("niet aanwezig", "absent"),
    # Invitations and reminders for Outlook (issue 21)
    "contact_email_missing": (
        "vul uw e-mailadres in: het adres waarmee u in Outlook mailt",
        "fill in your e-mail address: the one you use in Outlook",
    ),
    "contact_email_invalid": (
        "'{value}' is geen bruikbaar e-mailadres; vul het adres in waarmee u in Outlook mailt",
        "'{value}' is not a usable e-mail address; fill in the one you use in Outlook",
    ),
    "invite_held": (
        "{title} is al uitgevoerd; uitnodigen kan alleen voor een geplande activiteit, "
        "afzeggen voor een geannuleerde",
        "{title} has already been held; invite to a planned activity, or cancel a cancelled one",
    ),
    "invite_cancelled": (
        "Deze activiteit van {date} is geannuleerd.",
        "This activity of {date} has been cancelled.",
    ),
    "remind_subject_training": (
        # Short: a subject longer than a header line is folded before its first word
        "Herinnering: uw OTO-training of -oefening in {year}",
        "Reminder: your OTO training or exercise in {year}",
    ),
    "remind_subject_courses": (
        "Herinnering: een opleiding voor uw crisisrol verloopt",
        "Reminder: a course for your crisis role runs out",
    ),
    "remind_greeting": ("Beste collega,", "Dear colleague,"),
    "remind_why_training": (
        "Volgens onze administratie heeft u in {year} nog niet deelgenomen aan een training "
        "of oefening voor uw rol in de gemeentelijke crisisorganisatie. Iedereen met een "
        "crisisrol doet minstens één keer per jaar mee.",
        "According to our records you have not yet taken part in a training or exercise "
        "for your role in the municipal crisis organisation in {year}. Everyone with a "
        "crisis role takes part at least once a year.",
    ),
    "remind_why_courses": (
        "Een opleiding die uw rol in de gemeentelijke crisisorganisatie vraagt, heeft u nog "
        "niet gevolgd, of ze verloopt binnenkort of is verlopen. Volg haar, zodat u uw rol "
        "kunt vervullen.",
        "A course your role in the municipal crisis organisation requires has not been "
        "taken yet, or it runs out soon or has run out. Please take it, so that you can "
        "fulfil your role.",
    ),
    "remind_next": (
        "De eerstvolgende geplande activiteiten, bij het onderdeel of de opleiding waarvoor "
        "ze zijn:",
        "The next planned activities, under the unit or course they are for:",
    ),
    "remind_for_unit": ("Voor {unit}:", "For {unit}:"),
    "remind_for_course": ("Opleiding {course}:", "Course {course}:"),
    "remind_invited": (
        "Op uitnodiging (voor wie ervoor is uitgenodigd):",
        "By invitation (for those invited):",
    ),
    "remind_more": ("… en nog {count} later.", "… and {count} more later."),
    "remind_none_planned": (
        "Er zijn nog geen activiteiten gepland; u hoort van ons zodra er een is.",
        "No activities are planned yet; we will let you know as soon as there is one.",
    ),
    "remind_sign_up": (
        "Wilt u zich aanmelden bij {name} ({email})? Kunt u op geen van deze data, laat "
        "het dan ook weten.",
        "Please sign up with {name} ({email}). If none of these dates suits you, let us "
        "know as well.",
    ),
    "remind_regards": ("Met vriendelijke groet,", "Kind regards,"),
    "remind_signature": (
        "Adviseur Rampenbestrijding, {municipality}",
        "Disaster-response adviser, {municipality}",
    ),
    # Enumeration labels: "<Enum>.<MEMBER>"
    "UnitKind.DEELPROCES": ("deelproces", "sub-process"),
    "UnitKind.TEAM": ("team", "team"),
    "AssignmentKind.PRIMARY": ("primair", "primary"),
    "AssignmentKind.DEPUTY": ("plaatsvervanger", "deputy"),
    "ActivityKind.COURSE": ("opleiding", "course"),
    "ActivityKind.TRAINING": ("training", "training"),
    "ActivityKind.EXERCISE": ("oefening", "exercise"),
    "ActivityKind.DEPLOYMENT": ("inzet", "deployment"),
    "ExerciseLevel.MONO": ("monodisciplinair", "single-discipline"),
    "ExerciseLevel.MULTI": ("multidisciplinair", "multi-discipline"),
    "ExerciseLevel.ADMINISTRATIVE": ("bestuurlijk", "administrative"),
    # Dutch terms; the international term is the tooltip (international_*).
    "ExerciseForm.TABLETOP": ("tafeloefening", "table-top exercise"),
    "ExerciseForm.DRILL": ("vaardigheidsoefening", "drill"),
    "ExerciseForm.FUNCTIONAL": ("functionele oefening", "functional exercise"),
    "ExerciseForm.FULL_SCALE": ("praktijkoefening op ware grootte", "full-scale exercise"),
    "ExerciseForm.SYSTEM": ("systeemoefening", "system exercise"),
    "ExerciseForm.OTHER": ("anders", "other"),
    "international_TABLETOP": ("table-top exercise (TTX)", "table-top exercise (TTX)"),
    "international_DRILL": ("drill", "drill"),
    "international_FUNCTIONAL": ("functional exercise", "functional exercise"),
    "international_FULL_SCALE": ("full-scale exercise (FSX)", "full-scale exercise (FSX)"),
    "international_SYSTEM": ("system exercise", "system exercise"),
    "international_OTHER": ("anders", "other"),
    "Organiser.MUNICIPAL": ("gemeente", "municipality"),
    "Organiser.REGIONAL": ("regio", "region"),
    "ActivityStatus.PLANNED": ("gepland", "planned"),
    "ActivityStatus.HELD": ("uitgevoerd", "held"),
    "ActivityStatus.CANCELLED": ("geannuleerd", "cancelled"),
    "AttendanceStatus.INVITED": ("uitgenodigd", "invited"),
    "AttendanceStatus.PRESENT": ("aanwezig", "present"),
    "AttendanceStatus.EXCUSED": ("afgemeld", "excused"),
    "AttendanceStatus.ABSENT": ("afwezig", "absent"),
    "Discipline.MONO": ("monodisciplinair", "single-discipline"),
    "Discipline.MULTI": ("multidisciplinair", "multi-discipline"),
    # The Overzicht's words (EvaluationState) for the same thing: one set of words.
    "EvaluationStatus.DRAFT": ("loopt", "open"),
    "EvaluationStatus.FINAL": ("afgerond", "done"),
    "ActionStatus.OPEN": ("open", "open"),
    "ActionStatus.IN_PROGRESS": ("in uitvoering", "in progress"),
    "ActionStatus.DONE": ("afgerond", "done"),
    "Rating.P": ("P — uitgevoerd zonder knelpunten", "P — performed without challenges"),
    "Rating.S": ("S — uitgevoerd met enkele knelpunten", "S — performed with some challenges"),
    "Rating.M": ("M — uitgevoerd met grote knelpunten", "M — performed with major challenges"),
    "Rating.U": ("U — niet kunnen uitvoeren", "U — unable to be performed"),
    "Validity.VALID": ("geldig", "valid"),
    "Validity.EXPIRING": ("verloopt binnenkort", "expiring soon"),
    "Validity.EXPIRED": ("verlopen", "expired"),
    "Validity.MISSING": ("ontbreekt", "missing"),
    # --- issue 16: exemptions, trend, units exchange --------------------------------------
    "PersonStatus.EXEMPT": ("vrijgesteld", "exempt"),
    "ExemptionKind.ILLNESS": ("ziekte", "illness"),
    "ExemptionKind.LEAVE": ("verlof", "leave"),
    "ExemptionKind.SECONDMENT": ("detachering", "secondment"),
    "ExemptionKind.OTHER": ("anders", "other"),
    "field_exemption_reason": ("reden", "reason"),
    "unknown_exemption": ("vrijstelling {ref} bestaat niet", "exemption {ref} does not exist"),
    "what_exemption": ("deze vrijstelling", "this exemption"),
    "exemption_overlaps": (
        "{name} heeft al een vrijstelling {period}; pas die aan in plaats van er een te "
        "laten overlappen",
        "{name} already has an exemption {period}; change that one instead of overlapping it",
    ),
    "period_closed": ("van {start} tot en met {end}", "from {start} up to and including {end}"),
    "period_open": ("vanaf {start}", "from {start}"),
    "n1_exempt": ("vrijgesteld ({kind}) {period}: {reason}", "exempt ({kind}) {period}: {reason}"),
    "text_n1_exempt": (
        "    {count} vrijgesteld (niet meegeteld in voldaan of niet voldaan)",
        "    {count} exempt (counted in neither met nor not met)",
    ),
    "report_n1_exempt": ("; {count} vrijgesteld", "; {count} exempt"),
    "report_exemptions": ("Vrijstellingen", "Exemptions"),
    "report_exemptions_intro": (
        "Wie op de peildatum is vrijgesteld, telt apart: niet als voldaan, niet als niet "
        "voldaan, en niet als getraind voor de sleutelfuncties.",
        "Who is exempt on the reference date counts apart: not as met, not as not met, and "
        "not as trained for the key roles.",
    ),
    "report_col_period": ("Periode", "Period"),
    "trend_years": (
        "jaren {first}-{last} kan niet; geef bijvoorbeeld 2021-2025 (hoogstens 50 jaar)",
        "years {first}-{last} cannot be; give for instance 2021-2025 (at most 50 years)",
    ),
    "bad_years": (
        "'{value}' is geen reeks jaren; geef bijvoorbeeld 2021-2025",
        "'{value}' is not a range of years; give for instance 2021-2025",
    ),
    "text_trend_title": ("OTO-trend {first}-{last}", "OTO trend {first}-{last}"),
    "text_trend_header": (
        "jaar  peildatum   N1 getraind        N2 geoefend  N3  N4 op tijd  N6 over datum",
        "year  ref. date   N1 trained         N2 exercised N3  N4 on time  N6 overdue",
    ),
    "report_trend": ("Trend over de jaren", "Trend over the years"),
    "report_trend_intro": (
        "Elk jaar op zijn eigen 31 december (het lopende jaar op de peildatum), met dezelfde "
        "normen berekend als het jaar zelf.",
        "Each year at its own 31 December (the running year at the reference date), computed "
        "by the same norms as the year itself.",
    ),
    "report_col_trained": ("N1 getraind", "N1 trained"),
    "report_col_exercised": ("N2 geoefend", "N2 exercised"),
    "report_col_admin": ("N3 bestuurlijk", "N3 administrative"),
    "report_col_on_time": ("N4 op tijd", "N4 on time"),
    "report_col_overdue": ("N6 over datum", "N6 overdue"),
    "report_trend_axis": ("% getraind (N1)", "% trained (N1)"),
    "report_chart_axis": ("aantal medewerkers", "number of people"),
    "report_words_n1": (
        "{done} van {total} medewerkers getraind",
        "{done} of {total} people trained",
    ),
    "report_words_n2_missing": (
        "{count} onderdelen nog niet geoefend: {units}",
        "{count} units not exercised yet: {units}",
    ),
    "report_words_n2_all": ("alle {total} onderdelen geoefend", "all {total} units exercised"),
    "report_words_n3_yes": ("bestuurlijke oefening gehouden", "administrative exercise held"),
    "report_words_n3_no": (
        "nog geen bestuurlijke oefening gehouden",
        "no administrative exercise held yet",
    ),
    "report_words_n4": (
        "{late} van {total} evaluaties te laat",
        "{late} of {total} evaluations overdue",
    ),
    "report_words_n5": (
        "{count} sleutelfuncties onderbezet: {roles}",
        "{count} key roles understaffed: {roles}",
    ),
    "report_words_n6": (
        "{count} verbeterpunten over de datum",
        "{count} improvement actions past due",
    ),
    "report_words_n7": (
        "{count} deelplannen verouderd: {units}",
        "{count} plans out of date: {units}",
    ),
    "deputy_mark": (" (plv.)", " (dep.)"),
    "report_deputy_note": (
        "plv. = plaatsvervanger in die rol.",
        "dep. = deputy in that role.",
    ),
    "what_units": ("onderdelen", "units"),
    "what_reviews": ("deelplanherzieningen", "plan reviews"),
    "cell_review_future": (
        "herziening op {date} ligt in de toekomst; leg een herziening vast als die gedaan is",
        "review on {date} lies in the future; record a review once it is done",
    ),
    "cell_unknown_unit_no_name": (
        "onbekend onderdeel '{value}'; vul de 'naam' in om het als nieuw onderdeel toe te voegen",
        "unknown unit '{value}'; fill in the 'naam' to add it as a new unit",
    ),
    # The names of the invitation files (uitnodiging-KEY.ics), as the window's language.
    "invite_file": ("uitnodiging", "invitation"),
    "invite_file_cancel": ("afzegging", "cancellation"),
    # The history window's names of the stored fields (audit.describe), in the forms' words.
    "field_name": ("naam", "name"),
    "field_code": ("code", "code"),
    "field_kind": ("soort", "kind"),
    "field_level": ("niveau", "level"),
    "field_form": ("vorm", "form"),
    "field_organiser": ("organisator", "organiser"),
    "field_status": ("status", "status"),
    "field_hours": ("uren", "hours"),
    "field_reason": ("reden", "reason"),
    "field_note": ("notitie", "note"),
    "field_role": ("rol", "role"),
    "field_login": ("gebruikersnaam", "user name"),
    "field_rating": ("beoordeling", "rating"),
    "field_discipline": ("discipline", "discipline"),
    "field_went_well": ("wat ging goed", "what went well"),
    "field_to_improve": ("wat kan beter", "what can be improved"),
    "field_conclusions": ("conclusies", "conclusions"),
    "field_finished_on": ("afgerond op", "finished on"),
    "field_closed_on": ("afgesloten op", "closed on"),
    "field_reopened_on": ("heropend op", "reopened on"),
    "field_left_on": ("uit dienst op", "left on"),
    "field_retired_on": ("opgeheven op", "retired on"),
    "field_established_on": ("ingesteld op", "established on"),
    "field_role_played": ("gespeelde rol", "role played"),
    "field_activity_title": ("activiteit", "activity"),
    "field_is_key": ("sleutelrol", "key role"),
    "field_since": ("sinds", "since"),
    "field_until": ("tot", "until"),
    "field_position": ("volgorde", "order"),
    "field_reference": ("verwijzing", "reference"),
    "field_person_id": ("medewerker (nummer in de database)", "person (number in the database)"),
    "field_unit_id": ("onderdeel (nummer in de database)", "unit (number in the database)"),
    "field_role_id": ("rol (nummer in de database)", "role (number in the database)"),
    "field_activity_id": (
        "activiteit (nummer in de database)",
        "activity (number in the database)",
    ),
    "field_course_id": ("opleiding (nummer in de database)", "course (number in the database)"),
    "field_owner_id": ("eigenaar (nummer in de database)", "owner (number in the database)"),
    "field_evaluation_id": (
        "evaluatie (nummer in de database)",
        "evaluation (number in the database)",
    ),
}

#: Count-aware entries (issue 20): the form for exactly one, (Dutch, English), of a key
#: above whose text is the plural; :func:`text` takes it when the count is 1 (``count``,
#: or the parameter :data:`_COUNTED_BY` names).
_ONE: dict[str, tuple[str, str]] = {
    "cancel_with_present": (
        "er staat 1 deelnemer als aanwezig; zet die presentie eerst terug en annuleer dan",
        "1 participant is marked present; change that attendance before cancelling",
    ),
    "n1_met": ("voldaan: 1 activiteit in {year}", "met: 1 activity in {year}"),
    "n2_met": ("1 oefening in {year}", "1 exercise in {year}"),
    "n2_planned": (
        "nog niet geoefend; 1 oefening gepland",
        "not yet exercised; 1 exercise planned",
    ),
    "n3_met": ("1 bestuurlijke oefening gehouden", "1 administrative exercise held"),
    "import_refused": (
        "1 regel geweigerd; er is niets ingelezen",
        "1 row refused; nothing was imported",
    ),
    "chain_ok": (
        "logboek gecontroleerd: 1 regel, de hashketen klopt",
        "audit trail checked: 1 entry, the hash chain holds",
    ),
    "n1_short": ("{attended} van 1 activiteit in {year}", "{attended} of 1 activity in {year}"),
    "unknown_columns": (
        "LET OP: {file} heeft 1 kolom die niet wordt gebruikt: {columns}. "
        "Wat daarin staat verandert niets; hernoem de kolom als die wel bedoeld is",
        "NOTE: {file} has 1 column that is not used: {columns}. "
        "Nothing in it changes anything; rename the column if it was meant",
    ),
    "report_n1_value": ("{done} van 1 medewerker", "{done} of 1 person"),
    "report_n2_value": ("{done} van 1 onderdeel", "{done} of 1 unit"),
    "report_unit_line": (
        "{reason}. {trained} van 1 medewerker getraind{exempt}.",
        "{reason}. {trained} of 1 person trained{exempt}.",
    ),
    "report_words_n1": ("{done} van 1 medewerker getraind", "{done} of 1 person trained"),
    "report_words_n2_missing": (
        "1 onderdeel nog niet geoefend: {units}",
        "1 unit not exercised yet: {units}",
    ),
    "report_words_n2_all": ("het enige onderdeel geoefend", "the only unit exercised"),
    "report_words_n4": ("{late} van 1 evaluatie te laat", "{late} of 1 evaluation overdue"),
    "report_words_n5": (
        "1 sleutelfunctie onderbezet: {roles}",
        "1 key role understaffed: {roles}",
    ),
    "report_words_n6": ("1 verbeterpunt over de datum", "1 improvement action past due"),
    "report_words_n7": ("1 deelplan verouderd: {units}", "1 plan out of date: {units}"),
}

#: The parameter that counts, for the keys of :data:`_ONE` whose count is not ``count``.
_COUNTED_BY: dict[str, str] = {
    "n1_short": "required",
    "report_n1_value": "total",
    "report_n2_value": "total",
    "report_unit_line": "total",
    "report_words_n1": "total",
    "report_words_n2_all": "total",
    "report_words_n4": "total",
}

_language = "en" if os.environ.get("OTO_LANG", "").lower().startswith("en") else "nl"


def language() -> str:
    """The language messages are rendered in: 'nl' or 'en'."""
    return _language


def set_language(language: str) -> None:
    """Switch the core's messages: ``nl`` (default) or ``en``."""
    global _language
    _language = "en" if language.lower().startswith("en") else "nl"


def text(key: str, **params: object) -> str:
    """The message ``key`` in the current language, with ``params`` filled in (in its
    form for one when the count is 1 and it has one)."""
    one = key in _ONE and params.get(_COUNTED_BY.get(key, "count")) == 1
    dutch, english = _ONE[key] if one else _CATALOGUE[key]
    template = english if _language == "en" else dutch
    return template.format(**params)


def has(key: str) -> bool:
    return key in _CATALOGUE


def label(member: enum.Enum) -> str:
    """The user's word for an enum member: ``AssignmentKind.DEPUTY`` -> plaatsvervanger."""
    return text(f"{type(member).__name__}.{member.name}")

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name></name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Personeelsnr.</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <source>Opleiding</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Onderdelen</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Geoefend</source>
        <translation>Exercised</translation>
    </message>
    <message>
        <source>Oefeningen</source>
        <translation>Exercises</translation>
    </message>
    <message>
        <source>Sleutelfunctie</source>
        <translation>Key role</translation>
    </message>
    <message>
        <source>Primair</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>Plaatsvervanger</source>
        <translation>Deputy</translation>
    </message>
    <message>
        <source>Voldaan</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Evaluatie</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Verbeterpunt</source>
        <translation>Improvement action</translation>
    </message>
    <message>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Herzien</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Actueel</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>Sleutelfuncties</source>
        <translation>Key roles</translation>
    </message>
    <message>
        <source>Evaluaties</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <source>Verbeterpunten</source>
        <translation>Improvement actions</translation>
    </message>
    <message>
        <source>Deelplannen</source>
        <translation>Sub-plans</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>bezig met berekenen</source>
        <translation>calculating</translation>
    </message>
    <message>
        <source>; %1 vrijgesteld</source>
        <translation>; %1 exempt</translation>
    </message>
    <message>
        <source>onderdelen</source>
        <translation>units</translation>
    </message>
    <message>
        <source>%1 gehouden</source>
        <translation>%1 held</translation>
    </message>
    <message>
        <source>%1 gepland</source>
        <translation>%1 planned</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 te laat</source>
        <translation>%1 late</translation>
    </message>
    <message>
        <source>%1 onderbezet</source>
        <translation>%1 understaffed</translation>
    </message>
    <message>
        <source>Opleidingen</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>%1 van %2 getraind</source>
        <translation>%1 of %2 trained</translation>
    </message>
    <message>
        <source>van %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <source>%1 over datum</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>%1 verouderd</source>
        <translation>%1 out of date</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>N1 getraind</source>
        <translation>N1 trained</translation>
    </message>
    <message>
        <source>N2 geoefend</source>
        <translation>N2 exercised</translation>
    </message>
    <message>
        <source>N3 bestuurlijk</source>
        <translation>N3 administrative</translation>
    </message>
    <message>
        <source>N4 op tijd</source>
        <translation>N4 on time</translation>
    </message>
    <message>
        <source>N6 over datum</source>
        <translation>N6 overdue</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Over OTO</source>
        <translation>About OTO</translation>
    </message>
    <message>
        <source>OTO — Opleiden, Trainen, Oefenen voor de gemeentelijke crisisorganisatie</source>
        <translation>OTO — Education, Training, Exercises for the municipal crisis organisation</translation>
    </message>
    <message>
        <source>Uw instellingen</source>
        <translation>Your settings</translation>
    </message>
    <message>
        <source>&amp;Kopiëren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Deze gegevens kopiëren, bijvoorbeeld voor de helpdesk</source>
        <translation>Copy these details, for instance for the helpdesk</translation>
    </message>
    <message>
        <source>&amp;Gegevensmap openen</source>
        <translation>Open &amp;data folder</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Verbeterpunt bewerken</source>
        <translation>Edit improvement action</translation>
    </message>
    <message>
        <source>Nieuw verbeterpunt</source>
        <translation>New improvement action</translation>
    </message>
    <message>
        <source>Bij de evaluatie van: %1</source>
        <translation>For the evaluation of: %1</translation>
    </message>
    <message>
        <source>&amp;Verbeterpunt</source>
        <translation>&amp;Improvement action</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>O&amp;nderdeel</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>&amp;Eigenaar</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <source>uiterlijk</source>
        <translation>due</translation>
    </message>
    <message>
        <source>&amp;Gereed op</source>
        <translation>&amp;Due by</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Alle soorten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Elke status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Nieuwe activiteit…</source>
        <translation>&amp;New activity…</translation>
    </message>
    <message>
        <source>E&amp;xporteren…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Activiteiten en presentie van dit jaar</source>
        <translation>Activities and attendance of this year</translation>
    </message>
    <message>
        <source>Agenda (.i&amp;cs)…</source>
        <translation>Calendar (.&amp;ics)…</translation>
    </message>
    <message>
        <source>Geplande activiteiten van dit jaar, voor Outlook</source>
        <translation>Planned activities of this year, for Outlook</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Onderdelen</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Aanwezig</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>&amp;Presentie…</source>
        <translation>&amp;Attendance…</translation>
    </message>
    <message>
        <source>Presentie&amp;lijst (PDF)…</source>
        <translation>Attendance &amp;list (PDF)…</translation>
    </message>
    <message>
        <source>Uitno&amp;digen…</source>
        <translation>In&amp;vite…</translation>
    </message>
    <message>
        <source>Een uitnodiging voor Outlook (.ics); na annuleren: de afzegging</source>
        <translation>An invitation for Outlook (.ics); once cancelled: the cancellation</translation>
    </message>
    <message>
        <source>Markeer &amp;uitgevoerd</source>
        <translation>Mar&amp;k held</translation>
    </message>
    <message>
        <source>Zoek (alle jaren): titel, plaats, onderdeel</source>
        <translation>Search (all years): title, place, unit</translation>
    </message>
    <message>
        <source>Zoek in alle jaren op titel, plaats, onderdeel of de code van een onderdeel</source>
        <translation>Search all years by title, place, unit or a unit&apos;s code</translation>
    </message>
    <message>
        <source>Zoeken in activiteiten</source>
        <translation>Search activities</translation>
    </message>
    <message>
        <source>Be&amp;werken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Activiteit &amp;annuleren</source>
        <translation>&amp;Cancel activity</translation>
    </message>
    <message>
        <source>G&amp;eschiedenis…</source>
        <translation>His&amp;tory…</translation>
    </message>
    <message>
        <source>&amp;Verwijderen…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Verwijderen (Delete)</source>
        <translation>Delete (Delete)</translation>
    </message>
    <message>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Niets gevonden voor &apos;%1&apos; in alle jaren.</source>
        <translation>Nothing found for &apos;%1&apos; in any year.</translation>
    </message>
    <message>
        <source>Nog geen activiteiten in %1 — plan er een met Nieuwe activiteit.</source>
        <translation>No activities in %1 yet — plan one with New activity.</translation>
    </message>
    <message>
        <source>Af&amp;zeggen…</source>
        <translation>Withdraw in&amp;vitation…</translation>
    </message>
    <message>
        <source>Kies eerst een activiteit</source>
        <translation>Choose an activity first</translation>
    </message>
    <message>
        <source>Deze activiteit is al uitgevoerd</source>
        <translation>This activity has been held already</translation>
    </message>
    <message>
        <source>Deze activiteit is geannuleerd</source>
        <translation>This activity has been cancelled</translation>
    </message>
    <message>
        <source>Kan pas vanaf %1: de activiteit is nog niet geweest</source>
        <translation>Possible from %1: the activity has not taken place yet</translation>
    </message>
    <message>
        <source>Zet de status op uitgevoerd</source>
        <translation>Set the status to held</translation>
    </message>
    <message>
        <source>Deze activiteit is al geannuleerd</source>
        <translation>This activity has already been cancelled</translation>
    </message>
    <message>
        <source>Kan niet: %1 aanwezig gemeld; zet hun presentie eerst terug (Presentie…)</source>
        <translation>Not possible: %1 marked present; change their attendance first (Attendance…)</translation>
    </message>
    <message>
        <source>Zet de status op geannuleerd</source>
        <translation>Set the status to cancelled</translation>
    </message>
    <message>
        <source>Presentie opslaan…</source>
        <translation>Saving attendance…</translation>
    </message>
    <message>
        <source>Presentielijst opslaan</source>
        <translation>Save attendance sheet</translation>
    </message>
    <message>
        <source>presentielijst-%1.pdf</source>
        <translation>attendance-sheet-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Activiteiten exporteren</source>
        <translation>Export activities</translation>
    </message>
    <message>
        <source>deelname-%1.xlsx</source>
        <translation>participation-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Agenda exporteren</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <source>Agenda (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <source>Activiteit verwijderen</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <source>%1 verwijderen?</source>
        <translation>Delete %1?</translation>
    </message>
    <message numerus="yes">
        <source>Ook de %n presentieregel(s) worden verwijderd.</source>
        <translation>
            <numerusform>Its attendance entry is deleted too.</numerusform>
            <numerusform>Its %n attendance entries are deleted too.</numerusform>
        </translation>
    </message>
    <message>
        <source>De evaluatie en haar verbeterpunten blijven bewaard; sla het evaluatieverslag nu op als u het bij de hand wilt hebben.</source>
        <translation>The evaluation and its improvement actions are kept; save the evaluation report now if you want it at hand.</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Verslag &amp;opslaan en verwijderen…</source>
        <translation>&amp;Save report and delete…</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Evaluatieverslag opslaan</source>
        <translation>Save evaluation report</translation>
    </message>
    <message>
        <source>evaluatie-%1.pdf</source>
        <translation>evaluation-%1.pdf</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Activiteit bewerken</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <source>Nieuwe activiteit</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>— geen —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>Welke opleiding uit de catalogus dit was: telt voor de geldigheid</source>
        <translation>Which catalogue course this was: counts for its validity</translation>
    </message>
    <message>
        <source>Opleiding uit &amp;catalogus</source>
        <translation>C&amp;ourse from the catalogue</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&amp;Niveau</source>
        <translation>&amp;Level</translation>
    </message>
    <message>
        <source>&amp;Vorm</source>
        <translation>&amp;Form</translation>
    </message>
    <message>
        <source>Sc&amp;enario</source>
        <translation>Sc&amp;enario</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Plaats</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>Or&amp;ganisator</source>
        <translation>Or&amp;ganiser</translation>
    </message>
    <message>
        <source>Omsc&amp;hrijving</source>
        <translation>Descr&amp;iption</translation>
    </message>
    <message>
        <source>overstroming</source>
        <translation>flooding</translation>
    </message>
    <message>
        <source>gevaarlijke stoffen</source>
        <translation>hazardous substances</translation>
    </message>
    <message>
        <source>stroomstoring</source>
        <translation>power outage</translation>
    </message>
    <message>
        <source>cybercrisis</source>
        <translation>cyber crisis</translation>
    </message>
    <message>
        <source>grote brand</source>
        <translation>major fire</translation>
    </message>
    <message>
        <source>evacuatie</source>
        <translation>evacuation</translation>
    </message>
    <message>
        <source>extreem weer</source>
        <translation>extreme weather</translation>
    </message>
    <message>
        <source>infectieziekte</source>
        <translation>infectious disease</translation>
    </message>
    <message>
        <source>drinkwateruitval</source>
        <translation>drinking-water outage</translation>
    </message>
    <message>
        <source>terreurdreiging</source>
        <translation>terrorist threat</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source> uur</source>
        <translation> hours</translation>
    </message>
    <message>
        <source>&amp;Uren per deelnemer</source>
        <translation>&amp;Hours per participant</translation>
    </message>
    <message>
        <source>Onderde&amp;len</source>
        <translation>&amp;Units</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>O&amp;nderdeel</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>bekend</source>
        <translation>known</translation>
    </message>
    <message>
        <source>— kies een rol —</source>
        <translation>— choose a role —</translation>
    </message>
    <message>
        <source> (sleutelfunctie)</source>
        <translation> (key role)</translation>
    </message>
    <message>
        <source>&amp;Rol</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>Rol toewijzen aan %1</source>
        <translation>Assign a role to %1</translation>
    </message>
    <message>
        <source>Ook rollen &amp;buiten de formatie van dit onderdeel</source>
        <translation>Also roles &amp;outside this unit&apos;s formation</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Startdatum</source>
        <translation>&amp;Start date</translation>
    </message>
    <message>
        <source>&amp;Einddatum</source>
        <translation>&amp;End date</translation>
    </message>
</context>
<context>
    <name>AttachmentsEditor</name>
    <message>
        <source>Bestand &amp;kiezen…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <source>&amp;Webadres…</source>
        <translation>Web a&amp;ddress…</translation>
    </message>
    <message>
        <source>O&amp;penen</source>
        <translation>O&amp;pen</translation>
    </message>
    <message>
        <source>Bijlage ve&amp;rwijderen</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <source>Bijlage kiezen</source>
        <translation>Choose attachment</translation>
    </message>
    <message>
        <source>Bijlage</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Webadres of pad van het document:</source>
        <translation>Web address or path of the document:</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Presentie — %1</source>
        <translation>Attendance — %1</translation>
    </message>
    <message>
        <source>Presentielijst</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <source>De activiteit is uitgevoerd (status wordt uitgevoerd)</source>
        <translation>The activity took place (status becomes held)</translation>
    </message>
    <message>
        <source>Deze activiteit is op %1: aanwezig melden kan vanaf die dag. Nu kunt u wie niet komt afmelden (%2) of iemand uitnodigen (%3).</source>
        <translation>This activity is on %1: attendance can be recorded from that day. For now you can excuse who will not come (%2) or invite someone (%3).</translation>
    </message>
    <message>
        <source>Kan pas vanaf %1: de activiteit is nog niet geweest</source>
        <translation>Only from %1: the activity has not taken place yet</translation>
    </message>
    <message>
        <source>Alle verwachten &amp;aanwezig</source>
        <translation>Everyone expected &amp;present</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message numerus="yes">
        <source>✓ %n persoon/personen aanwezig gemeld; Ctrl+Z zet dat terug</source>
        <translation>
            <numerusform>✓ %n person marked present; Ctrl+Z takes it back</numerusform>
            <numerusform>✓ %n people marked present; Ctrl+Z takes that back</numerusform>
        </translation>
    </message>
    <message>
        <source>Iedereen heeft al een aanwezigheid.</source>
        <translation>Everyone already has an attendance status.</translation>
    </message>
    <message>
        <source>%1 aanwezig (waarvan %4 niet verwacht) van %2 verwacht, %3 afgemeld</source>
        <translation>%1 present (%4 of them not expected) of %2 expected, %3 excused</translation>
    </message>
    <message>
        <source>%1 aanwezig van %2 verwacht, %3 afgemeld</source>
        <translation>%1 present of %2 expected, %3 excused</translation>
    </message>
    <message>
        <source>, %1 afwezig</source>
        <translation>, %1 absent</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>In de lijst: %1 aanwezig, %2 afgemeld, %3 afwezig, %4 uitgenodigd, Delete terug naar hoe het was.</source>
        <translation>In the list: %1 present, %2 excused, %3 absent, %4 invited, Delete back to how it was.</translation>
    </message>
    <message>
        <source>geen onderdelen</source>
        <translation>no units</translation>
    </message>
</context>
<context>
    <name>AttendanceKeys</name>
    <message>
        <source>A</source>
        <translation>P</translation>
    </message>
    <message>
        <source>F</source>
        <translation>E</translation>
    </message>
    <message>
        <source>X</source>
        <translation>A</translation>
    </message>
    <message>
        <source>U</source>
        <translation>I</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Personeelsnr.</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Aanwezigheid</source>
        <translation>Attendance</translation>
    </message>
</context>
<context>
    <name>BusyDialog</name>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message numerus="yes">
        <source>Al %n seconde(n) bezig.</source>
        <translation>
            <numerusform>Busy for %n second.</numerusform>
            <numerusform>Busy for %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Annuleren… wat al gedaan was, wordt teruggedraaid.</source>
        <translation>Cancelling… what was done already is rolled back.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Controle</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Er is nog niets ingelezen.</source>
        <translation>Nothing has been imported yet.</translation>
    </message>
    <message>
        <source>&amp;Inlezen</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Geweigerde regels</source>
        <extracomment>The columns that are not used, above everything else: a misspelt header (&quot;E-mail adres&quot;) must be noticed before the import, not after.</extracomment>
        <translation>Refused rows</translation>
    </message>
    <message>
        <source>Gebruikt: %1</source>
        <translation>Used: %1</translation>
    </message>
    <message>
        <source>Ontbreekt: %1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <source>Bezig met controleren…</source>
        <extracomment>the check refused the file: nothing of it can be imported</extracomment>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Alle regels zijn goed. Bij inlezen:</source>
        <translation>All rows are fine. Importing will give:</translation>
    </message>
    <message>
        <source>Dit bestand kan niet worden ingelezen.</source>
        <translation>This file cannot be imported.</translation>
    </message>
</context>
<context>
    <name>ChooseFilePage</name>
    <message>
        <source>Bestand kiezen</source>
        <extracomment>Check (dry run) or import a file off the GUI thread: (kind, path, dry_run, on_done, on_failed, on_news) -&gt; the running task (Operations.import_file).</extracomment>
        <translation>Choose file</translation>
    </message>
    <message>
        <source>Een .xlsx- of .csv-bestand in het uitwisselformaat.</source>
        <translation>An .xlsx or .csv file in the exchange format.</translation>
    </message>
    <message>
        <source>&amp;Medewerkers en hun rollen (van HR)</source>
        <translation>&amp;Staff and their roles (from HR)</translation>
    </message>
    <message>
        <source>&amp;Activiteiten en presentie (van het regionale volgsysteem)</source>
        <translation>&amp;Activities and attendance (from the regional tracking system)</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>&amp;Bladeren…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <source>Bes&amp;tand:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <source>Dit is een map; kies een bestand erin.</source>
        <translation>This is a folder; choose a file in it.</translation>
    </message>
    <message>
        <source>Dit bestand bestaat niet (nog).</source>
        <translation>This file does not exist (yet).</translation>
    </message>
    <message>
        <source>Excel of CSV (*.xlsx *.csv)</source>
        <translation>Excel or CSV (*.xlsx *.csv)</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Opleiding bewerken</source>
        <translation>Edit course</translation>
    </message>
    <message>
        <source>Nieuwe opleiding</source>
        <translation>New course</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>verloopt niet</source>
        <translation>does not expire</translation>
    </message>
    <message>
        <source> jaar</source>
        <translation> years</translation>
    </message>
    <message>
        <source>&amp;Geldig</source>
        <translation>&amp;Valid for</translation>
    </message>
    <message>
        <source>&amp;Vereist voor de rollen</source>
        <translation>&amp;Required for the roles</translation>
    </message>
    <message>
        <source>Om&amp;schrijving</source>
        <translation>&amp;Description</translation>
    </message>
</context>
<context>
    <name>CoursesDialog</name>
    <message>
        <source>Opleidingen en hun geldigheid</source>
        <translation>Courses and their validity</translation>
    </message>
    <message>
        <source>Opleiding</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Geldig</source>
        <translation>Valid</translation>
    </message>
    <message numerus="yes">
        <source>%n jaar</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>verloopt niet</source>
        <translation>does not expire</translation>
    </message>
    <message>
        <source>Vereist voor</source>
        <translation>Required for</translation>
    </message>
    <message>
        <source>&amp;Nieuwe opleiding…</source>
        <translation>&amp;New course…</translation>
    </message>
    <message>
        <source>&amp;Bewerken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Een opleiding telt vanaf de laatst gevolgde editie (een activiteit van de soort opleiding die bij deze opleiding hoort), zo veel jaar als ze geldig is.</source>
        <translation>A course counts from the last edition attended (an activity of kind course that belongs to this course), for as many years as it is valid.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Typ bijvoorbeeld 26-11-2026, 26112026 of 26-11-26</source>
        <translation>Type for example 26-11-2026, 26112026 or 26-11-26</translation>
    </message>
    <message>
        <source>Kalender (Alt+Omlaag)</source>
        <translation>Calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>maandag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>dinsdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>woensdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>donderdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>vrijdag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>zaterdag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>zondag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>datum</source>
        <translation>date</translation>
    </message>
    <message>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>concepten</source>
        <translation>drafts</translation>
    </message>
    <message>
        <source>naam@gemeente.nl</source>
        <translation>name@municipality.nl</translation>
    </message>
    <message>
        <source>Uw &amp;naam</source>
        <translation>Your &amp;name</translation>
    </message>
    <message>
        <source>Uw &amp;e-mailadres</source>
        <translation>Your &amp;e-mail address</translation>
    </message>
    <message>
        <source>&amp;Map openen</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <source>Opgeslagen als %1 en geopend in uw mailprogramma; verstuur het daar.</source>
        <translation>Saved as %1 and opened in your mail program; send it from there.</translation>
    </message>
    <message>
        <source>Opgeslagen als %1. Deze computer heeft geen programma dat het opent: open het in Outlook (Map openen, dan dubbelklikken).</source>
        <translation>Saved as %1. This computer has no program that opens it: open it in Outlook (Open folder, then double-click).</translation>
    </message>
    <message>
        <source>Iedereen heeft een e-mailadres.</source>
        <translation>Everyone has an e-mail address.</translation>
    </message>
    <message numerus="yes">
        <source>Zonder e-mailadres (%n): zij krijgen niets; vul hun adres in bij Medewerkers of bereik hen op een andere manier.</source>
        <translation>
            <numerusform>Without an e-mail address (%n): they receive nothing; fill in their address under Staff or reach them another way.</numerusform>
            <numerusform>Without an e-mail address (%n): they receive nothing; fill in their addresses under Staff or reach them another way.</numerusform>
        </translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Onderdelen</source>
        <translation>Units</translation>
    </message>
</context>
<context>
    <name>EndAssignmentDialog</name>
    <message>
        <source>%1 als %2 bij %3, sinds %4.</source>
        <translation>%1 as %2 in %3, since %4.</translation>
    </message>
    <message>
        <source>Toewijzing beëindigen</source>
        <translation>End assignment</translation>
    </message>
    <message>
        <source>&amp;Laatste dag</source>
        <translation>&amp;Last day</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Evaluatie — %1</source>
        <translation>Evaluation — %1</translation>
    </message>
    <message>
        <source>&amp;Soort evaluatie</source>
        <translation>&amp;Kind of evaluation</translation>
    </message>
    <message>
        <source>bekend</source>
        <translation>known</translation>
    </message>
    <message>
        <source>Geëval&amp;ueerd op</source>
        <translation>E&amp;valuated on</translation>
    </message>
    <message>
        <source>&amp;Auteur</source>
        <translation>&amp;Author</translation>
    </message>
    <message>
        <source>Wat ging &amp;goed</source>
        <translation>What went &amp;well</translation>
    </message>
    <message>
        <source>Wat moet &amp;beter</source>
        <translation>What must &amp;improve</translation>
    </message>
    <message>
        <source>&amp;Conclusies</source>
        <translation>&amp;Conclusions</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Doelstellingen</source>
        <translation>&amp;Objectives</translation>
    </message>
    <message>
        <source>Bij&amp;lagen</source>
        <translation>Attachment&amp;s</translation>
    </message>
</context>
<context>
    <name>EvaluationsPage</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Oefening of inzet</source>
        <translation>Exercise or deployment</translation>
    </message>
    <message>
        <source>Evaluatie</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>nog niet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Open verbeterpunten</source>
        <translation>Open improvement actions</translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Verbeterpunt</source>
        <translation>Improvement action</translation>
    </message>
    <message>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Uit</source>
        <translation>From</translation>
    </message>
    <message>
        <source>&amp;Evalueren…</source>
        <translation>&amp;Evaluate…</translation>
    </message>
    <message>
        <source>&amp;Verbeterpunt toevoegen…</source>
        <translation>&amp;Add improvement action…</translation>
    </message>
    <message>
        <source>Het evaluatieverslag, om te bekijken en af te drukken</source>
        <translation>The evaluation report, to view and print</translation>
    </message>
    <message>
        <source>Vers&amp;lag (PDF)…</source>
        <translation>&amp;Report (PDF)…</translation>
    </message>
    <message>
        <source>Verbeterpunt be&amp;werken…</source>
        <translation>Edit improvement act&amp;ion…</translation>
    </message>
    <message>
        <source>In &amp;uitvoering</source>
        <translation>In &amp;progress</translation>
    </message>
    <message>
        <source>Verbeterpunt &amp;afronden…</source>
        <translation>&amp;Complete improvement action…</translation>
    </message>
    <message>
        <source>Evaluaties</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Oefeningen en inzetten van dit jaar</source>
        <translation>Exercises and deployments of this year</translation>
    </message>
    <message>
        <source>Open verbeterpunten (te laat in rood)</source>
        <translation>Open improvement actions (late ones in red)</translation>
    </message>
    <message>
        <source>Nog geen uitgevoerde oefeningen of inzetten in %1; zodra er een is uitgevoerd, staat die hier om te evalueren.</source>
        <translation>No exercises or deployments held in %1 yet; once one is held, it appears here to be evaluated.</translation>
    </message>
    <message>
        <source>Alle onderdelen</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Alle eigenaren</source>
        <translation>All owners</translation>
    </message>
    <message>
        <source>Evaluatieverslag opslaan</source>
        <translation>Save evaluation report</translation>
    </message>
    <message>
        <source>evaluatie-%1.pdf</source>
        <translation>evaluation-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Verbeterpunt afronden</source>
        <translation>Complete improvement action</translation>
    </message>
    <message>
        <source>Hoe is gecontroleerd dat dit verbeterpunt af is?</source>
        <translation>How was it checked that this improvement action is done?</translation>
    </message>
</context>
<context>
    <name>ExemptionDialog</name>
    <message>
        <source>Vrijstelling voor %1</source>
        <translation>Exemption for %1</translation>
    </message>
    <message>
        <source>Wie op de peildatum is vrijgesteld, telt apart: niet als voldaan of niet voldaan, en niet als getraind voor de sleutelfuncties.</source>
        <translation>Who is exempt on the reference date counts apart: not as met or not met, and not as trained for the key roles.</translation>
    </message>
    <message>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>bijv. langdurig ziek, ouderschapsverlof</source>
        <translation>e.g. long-term illness, parental leave</translation>
    </message>
    <message>
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Vanaf</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>bekend</source>
        <translation>known</translation>
    </message>
    <message>
        <source>&amp;Tot en met</source>
        <translation>&amp;Up to and including</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 om %2: %3</source>
        <translation>%1 at %2: %3</translation>
    </message>
    <message>
        <source>Intussen gewijzigd</source>
        <translation>Changed meanwhile</translation>
    </message>
    <message>
        <source>Wat er veranderde:</source>
        <translation>What changed:</translation>
    </message>
    <message>
        <source>Opnieuw &amp;laden</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Opnieuw geladen met de wijzigingen van de ander; pas aan en sla op.</source>
        <translation>Reloaded with the other person&apos;s changes; adjust and save.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Handleiding</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Geschiedenis: %1</source>
        <translation>History: %1</translation>
    </message>
    <message>
        <source>Tijdstip</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Gebruiker</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>E&amp;xporteren (CSV)…</source>
        <translation>E&amp;xport (CSV)…</translation>
    </message>
    <message>
        <source>Nog geen wijzigingen vastgelegd.</source>
        <translation>No changes recorded yet.</translation>
    </message>
    <message>
        <source>Geschiedenis exporteren</source>
        <translation>Export history</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Inlezen</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Bezig met inlezen…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Ingelezen:</source>
        <translation>Imported:</translation>
    </message>
    <message>
        <source>Niet ingelezen; er is niets veranderd.</source>
        <translation>Not imported; nothing has changed.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>&amp;Volgende &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; Vo&amp;rige</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Klaar</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Het gekozen bestand is nog niet ingelezen. Stoppen?</source>
        <translation>The chosen file has not been imported yet. Stop?</translation>
    </message>
    <message>
        <source>&amp;Stoppen</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>&amp;Terug naar het inlezen</source>
        <translation>&amp;Back to the import</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>uitnodigingen</source>
        <translation>invitations</translation>
    </message>
    <message numerus="yes">
        <source>Afzegging van %1 op %2 aan %n genodigde(n) met een e-mailadres.</source>
        <translation>
            <numerusform>Cancellation of %1 on %2 to %n invitee with an e-mail address.</numerusform>
            <numerusform>Cancellation of %1 on %2 to %n invitees with an e-mail address.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uitnodiging voor %1 op %2 aan %n genodigde(n) met een e-mailadres.</source>
        <translation>
            <numerusform>Invitation to %1 on %2 for %n invitee with an e-mail address.</numerusform>
            <numerusform>Invitation to %1 on %2 for %n invitees with an e-mail address.</numerusform>
        </translation>
    </message>
    <message>
        <source>Afzeggen</source>
        <translation>Cancel meeting</translation>
    </message>
    <message>
        <source>Uitnodigen</source>
        <translation>Invite</translation>
    </message>
    <message>
        <source>&amp;Afzegging maken en openen</source>
        <translation>&amp;Make and open the cancellation</translation>
    </message>
    <message>
        <source>&amp;Uitnodiging maken en openen</source>
        <translation>&amp;Make and open the invitation</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OTO — Opleiden, Trainen, Oefenen</source>
        <extracomment>Room for the title bar and frame a window manager draws around the window. A window opened by a restore, or by the launcher, closes its own database. the start-up quick_check (ui.app), kept alive the check of the trail&apos;s hash chain, kept alive</extracomment>
        <translation>OTO — Education, Training, Exercises</translation>
    </message>
    <message>
        <source>Navigatie</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Gegevens laden…</source>
        <translation>Loading data…</translation>
    </message>
    <message>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Medewerkers</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Onderdelen</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Jaarplan</source>
        <translation>Year plan</translation>
    </message>
    <message>
        <source>Evaluaties</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <source>Rapporten</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Alles exporteren naar Excel</source>
        <translation>Export everything to Excel</translation>
    </message>
    <message>
        <source>oto-alles.xlsx</source>
        <translation>oto-everything.xlsx</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Alles exporteren naar Excel…</source>
        <translation>Exporting everything to Excel…</translation>
    </message>
    <message>
        <source>Back-up terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>OTO-database (*.sqlite);;Alle bestanden (*)</source>
        <translation>OTO database (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>De back-up controleren…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>De back-up van %1 terugzetten? Die bevat %2.

Alles wat daarna is ingevoerd, verdwijnt uit OTO; de huidige database wordt eerst bewaard in de map backups, zodat u dit ongedaan kunt maken.</source>
        <translation>Restore the backup of %1? It holds %2.

Everything entered after it disappears from OTO; the current database is first kept in the backups folder, so that you can undo this.</translation>
    </message>
    <message>
        <source>De back-up terugzetten…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <source>Back-up van %1 teruggezet.</source>
        <translation>Backup of %1 restored.</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Importeren…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Alles &amp;exporteren naar Excel…</source>
        <translation>&amp;Export everything to Excel…</translation>
    </message>
    <message>
        <source>Back-up &amp;terugzetten…</source>
        <translation>&amp;Restore backup…</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Ga naar</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <source>Behee&amp;r</source>
        <translation>&amp;Manage</translation>
    </message>
    <message>
        <source>&amp;Gebruikers en rechten…</source>
        <translation>&amp;Users and rights…</translation>
    </message>
    <message>
        <source>Oud-medewerkers &amp;anonimiseren (AVG)…</source>
        <translation>&amp;Anonymise former staff (GDPR)…</translation>
    </message>
    <message>
        <source>&amp;Instellingen</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Taal / Language</source>
        <translation>&amp;Taal / Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Handleiding</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;Over OTO</source>
        <translation>&amp;About OTO</translation>
    </message>
    <message>
        <source>OTO is al in deze taal.</source>
        <translation>OTO is in this language already.</translation>
    </message>
    <message>
        <source>Uw keuze is bewaard voor de volgende start.</source>
        <translation>Your choice is kept for the next start.</translation>
    </message>
    <message>
        <source>De taal verandert bij de volgende start van OTO.</source>
        <translation>The language changes the next time OTO starts.</translation>
    </message>
    <message>
        <source>Let op: OTO_LANG=%1 is gezet; zolang dat zo is, gaat die taal voor deze keuze.</source>
        <translation>Note: OTO_LANG=%1 is set; as long as it is, that language goes before this choice.</translation>
    </message>
    <message>
        <source>Taal / Language</source>
        <translation>Taal / Language</translation>
    </message>
    <message>
        <source>Oud-medewerkers anonimiseren</source>
        <translation>Anonymise former staff</translation>
    </message>
    <message>
        <source>Anonimiseer wie langer uit dienst is dan (jaar):</source>
        <translation>Anonymise whoever left more than (years) ago:</translation>
    </message>
    <message numerus="yes">
        <source>Niemand is langer dan %n jaar uit dienst.</source>
        <translation>
            <numerusform>Nobody left more than %n year ago.</numerusform>
            <numerusform>Nobody left more than %n years ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n oud-medewerker(s) langer dan %1 jaar uit dienst. Naam, personeelsnummer en contactgegevens worden vervangen door een nummer, ook in de geschiedenis. De rollen en presentie blijven meetellen in de cijfers van eerdere jaren. Dit kan niet ongedaan worden gemaakt. Doorgaan?</source>
        <translation>
            <numerusform>%n former employee left more than %1 years ago. Their name, staff number and contact details are replaced by a number, in the history too. Their roles and attendance still count in the figures of earlier years. This cannot be undone. Continue?</numerusform>
            <numerusform>%n former staff left more than %1 years ago. Their names, staff numbers and contact details are replaced by a number, in the history too. Their roles and attendance still count in the figures of earlier years. This cannot be undone. Continue?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n oud-medewerker(s) geanonimiseerd.</source>
        <translation>
            <numerusform>%n former employee anonymised.</numerusform>
            <numerusform>%n former employees anonymised.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oud-medewerkers anonimiseren…</source>
        <translation>Anonymising former staff…</translation>
    </message>
    <message>
        <source>Niet aangemeld</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Aangemeld als %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
    <message>
        <source>bestand</source>
        <translation>file</translation>
    </message>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>Database (%1): %2</source>
        <translation>Database (%1): %2</translation>
    </message>
    <message>
        <source>Voorbeeldgegevens: dit is de verzonnen %1, aangemaakt bij de eerste start zodat u meteen kunt rondkijken. Uw eigen gegevens zet u in een nieuwe, lege database.</source>
        <translation>Example data: this is the invented %1, created on first start so that you can look around at once. Put your own data in a new, empty database.</translation>
    </message>
    <message>
        <source>Over OTO</source>
        <translation>About OTO</translation>
    </message>
</context>
<context>
    <name>NewLoginDialog</name>
    <message>
        <source>Gebruiker toevoegen</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Nogmaals</source>
        <translation>A&amp;gain</translation>
    </message>
    <message>
        <source>Laat beide wachtwoorden leeg als de gemeente single sign-on heeft (Kerberos/SSPI): dan meldt hij of zij zich aan met de Windows-login.</source>
        <translation>Leave both passwords empty where the municipality has single sign-on (Kerberos/SSPI): they then sign in with their Windows login.</translation>
    </message>
</context>
<context>
    <name>NormsDialog</name>
    <message>
        <source>Normen %1</source>
        <translation>Norms %1</translation>
    </message>
    <message>
        <source>N1 Acti&amp;viteiten per persoon per jaar</source>
        <translation>N1 &amp;Activities per person per year</translation>
    </message>
    <message>
        <source>N1 Nieuw: &amp;dagen na de eerste rol</source>
        <translation>N1 &amp;New: days after the first role</translation>
    </message>
    <message>
        <source>N2 Oe&amp;feningen per onderdeel per jaar</source>
        <translation>N2 E&amp;xercises per unit per year</translation>
    </message>
    <message>
        <source>N3 &amp;Bestuurlijke oefeningen per jaar</source>
        <translation>N3 Ad&amp;ministrative exercises per year</translation>
    </message>
    <message>
        <source>N4 &amp;Evaluatie af binnen (dagen)</source>
        <translation>N4 &amp;Evaluation finished within (days)</translation>
    </message>
    <message>
        <source>N5 Getrainde &amp;primaire bezetting per sleutelfunctie</source>
        <translation>N5 Trained &amp;primary holders per key role</translation>
    </message>
    <message>
        <source>N5 Getrainde p&amp;laatsvervangers per sleutelfunctie</source>
        <translation>N5 Trained &amp;deputies per key role</translation>
    </message>
    <message>
        <source>N7 Deelplan &amp;herzien binnen (jaar)</source>
        <translation>N7 Sub-plan &amp;reviewed within (years)</translation>
    </message>
</context>
<context>
    <name>ObjectivesEditor</name>
    <message>
        <source>Doelstelling</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Beoordeling</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Doelstelling toe&amp;voegen</source>
        <translation>Add o&amp;bjective</translation>
    </message>
    <message>
        <source>Doelstelling verwijderen</source>
        <translation>Remove objective</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message numerus="yes">
        <source> (%n regel(s))</source>
        <translation>
            <numerusform> (%n row)</numerusform>
            <numerusform> (%n rows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>&amp;Normen van dit jaar…</source>
        <translation>&amp;Norms of this year…</translation>
    </message>
    <message>
        <source>Herinnering &amp;opstellen…</source>
        <translation>Draft a &amp;reminder…</translation>
    </message>
    <message>
        <source>Een concept-e-mail in Outlook aan wie in deze lijst staat (Bcc)</source>
        <translation>A draft e-mail in Outlook to everyone in this list (Bcc)</translation>
    </message>
    <message>
        <source>Lijst voor &amp;samenvoegen (Excel)…</source>
        <translation>List for ma&amp;il merge (Excel)…</translation>
    </message>
    <message>
        <source>Deze mensen met hun eerstvolgende activiteit, voor Afdruk samenvoegen in Word</source>
        <translation>These people with their next activity, for Word&apos;s mail merge</translation>
    </message>
    <message>
        <source>Getraind</source>
        <translation>Trained</translation>
    </message>
    <message>
        <source>Geoefend</source>
        <translation>Exercised</translation>
    </message>
    <message>
        <source>Bestuurlijk</source>
        <translation>Administrative</translation>
    </message>
    <message>
        <source>Evaluaties</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <source>Sleutelfuncties</source>
        <translation>Key roles</translation>
    </message>
    <message>
        <source>Verbeterpunten</source>
        <translation>Improvement actions</translation>
    </message>
    <message>
        <source>Deelplannen</source>
        <translation>Sub-plans</translation>
    </message>
    <message>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Peildatum</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <source>Bezig met berekenen…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <source>Berekenen mislukt: %1</source>
        <translation>Calculation failed: %1</translation>
    </message>
    <message>
        <source>Stand op %1</source>
        <translation>Status on %1</translation>
    </message>
    <message>
        <source>Opleidingen (%1)</source>
        <translation>Courses (%1)</translation>
    </message>
    <message>
        <source>Opleidingen</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>Opleidingen die binnen %1 dagen verlopen, verlopen zijn of ontbreken: %2</source>
        <translation>Courses that expire within %1 days, have expired or are missing: %2</translation>
    </message>
    <message>
        <source> (gepland)</source>
        <translation> (planned)</translation>
    </message>
    <message>
        <source>herinnering-training-%1.eml</source>
        <translation>reminder-training-%1.eml</translation>
    </message>
    <message>
        <source>herinnering-opleidingen-%1.eml</source>
        <translation>reminder-courses-%1.eml</translation>
    </message>
    <message>
        <source>samenvoegen-nog-te-trainen-%1.xlsx</source>
        <translation>merge-still-to-train-%1.xlsx</translation>
    </message>
    <message>
        <source>samenvoegen-opleidingen-%1.xlsx</source>
        <translation>merge-courses-%1.xlsx</translation>
    </message>
    <message>
        <source>Lijst voor samenvoegen opslaan</source>
        <translation>Save list for mail merge</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>geschiedenis-%1-%2.csv</source>
        <extracomment>The kinds of change that make this page&apos;s data stale.</extracomment>
        <translation>history-%1-%2.csv</translation>
    </message>
</context>
<context>
    <name>PaperListEntry</name>
    <message>
        <source>Achternaam of personeelsnummer, Enter = aanwezig (ook wie niet verwacht werd)</source>
        <translation>Surname or staff number, Enter = present (also who was not expected)</translation>
    </message>
    <message>
        <source>Snel invoeren</source>
        <translation>Quick entry</translation>
    </message>
    <message>
        <source>Niemand gevonden voor &apos;%1&apos;.</source>
        <translation>Nobody found for &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 is al aanwezig</source>
        <translation>%1 is present already</translation>
    </message>
    <message>
        <source>✓ %1 aanwezig</source>
        <translation>✓ %1 present</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>↶ %1: teruggezet</source>
        <translation>↶ %1: undone</translation>
    </message>
    <message numerus="yes">
        <source>↶ %n persoon/personen teruggezet</source>
        <translation>
            <numerusform>↶ %n person undone</numerusform>
            <numerusform>↶ %n people undone</numerusform>
        </translation>
    </message>
    <message>
        <source>Niets om terug te zetten.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <source>vrijgesteld</source>
        <translation>exempt</translation>
    </message>
    <message>
        <source>geen onderdeel</source>
        <translation>no unit</translation>
    </message>
    <message>
        <source>al aanwezig</source>
        <translation>present already</translation>
    </message>
    <message>
        <source>niet verwacht</source>
        <translation>not expected</translation>
    </message>
    <message>
        <source>Meerdere passen bij &apos;%1&apos;: kies met de pijltjes en Enter, of typ het nummer.</source>
        <translation>Several match &apos;%1&apos;: choose with the arrows and Enter, or type the number.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>%1 — voorbeeld</source>
        <translation>%1 — preview</translation>
    </message>
    <message>
        <source>%1 kan niet worden getoond: het is geen leesbare PDF.</source>
        <translation>%1 cannot be shown: it is not a readable PDF.</translation>
    </message>
    <message>
        <source>&amp;Vorige</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <source>Vorige pagina (PageUp)</source>
        <translation>Previous page (PageUp)</translation>
    </message>
    <message>
        <source>V&amp;olgende</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Volgende pagina (PageDown)</source>
        <translation>Next page (PageDown)</translation>
    </message>
    <message>
        <source>Pagina</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Ver&amp;kleinen</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>Ver&amp;groten</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>&amp;Paginabreedte</source>
        <translation>Page &amp;width</translation>
    </message>
    <message>
        <source>&amp;Hele pagina</source>
        <translation>W&amp;hole page</translation>
    </message>
    <message>
        <source>Een hele pagina in het venster</source>
        <translation>One whole page in the window</translation>
    </message>
    <message>
        <source>&amp;Afdrukken…</source>
        <translation>Prin&amp;t…</translation>
    </message>
    <message>
        <source>Op&amp;slaan als…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <source>In PDF-&amp;lezer openen</source>
        <translation>Open in PDF &amp;reader</translation>
    </message>
    <message>
        <source>Openen in het PDF-programma van deze computer</source>
        <translation>Open in this computer&apos;s PDF program</translation>
    </message>
    <message>
        <source>Sl&amp;uiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Map openen</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <source>De map met de opgeslagen kopie</source>
        <translation>The folder with the saved copy</translation>
    </message>
    <message>
        <source>van %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <source>paginabreedte</source>
        <translation>page width</translation>
    </message>
    <message>
        <source>hele pagina</source>
        <translation>whole page</translation>
    </message>
    <message>
        <source>PDF opslaan als</source>
        <translation>Save PDF as</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Niet gelukt</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>Opgeslagen als %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <source>Opgeslagen als %1; deze computer kan de map niet openen.</source>
        <translation>Saved as %1; this computer cannot open the folder.</translation>
    </message>
    <message>
        <source>Geen PDF-lezer</source>
        <translation>No PDF reader</translation>
    </message>
    <message>
        <source>Deze computer heeft geen programma voor PDF-bestanden. U kunt de PDF hier bekijken, afdrukken en opslaan.</source>
        <translation>This computer has no program for PDF files. You can view, print and save the PDF here.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Medewerker bewerken</source>
        <translation>Edit staff member</translation>
    </message>
    <message>
        <source>Nieuwe medewerker</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <source>&amp;Personeelsnummer</source>
        <translation>&amp;Staff number</translation>
    </message>
    <message>
        <source>&amp;Voornaam</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <source>&amp;Tussenvoegsel</source>
        <translation>&amp;Infix</translation>
    </message>
    <message>
        <source>bijv. de, van der</source>
        <translation>e.g. de, van der</translation>
    </message>
    <message>
        <source>&amp;Achternaam</source>
        <translation>Sur&amp;name</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Te&amp;lefoon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>Af&amp;deling</source>
        <translation>&amp;Department</translation>
    </message>
    <message>
        <source>&amp;In dienst en inzetbaar</source>
        <translation>E&amp;mployed and available</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <source>Geen medewerker gekozen</source>
        <extracomment>the person panel&apos;s roles: *Tot en met*</extracomment>
        <translation>No staff member chosen</translation>
    </message>
    <message>
        <source>Personeelsnummer</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <source>Afdeling</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Vrijstelling…</source>
        <translation>Exempt&amp;ion…</translation>
    </message>
    <message>
        <source>Een periode waarin deze medewerker niet kan trainen (ziekte, verlof, …)</source>
        <translation>A period in which this person cannot train (illness, leave, …)</translation>
    </message>
    <message>
        <source>Vrijstelling o&amp;pheffen</source>
        <translation>Remo&amp;ve exemption</translation>
    </message>
    <message>
        <source>Be&amp;werken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Rol &amp;toewijzen…</source>
        <translation>Assign &amp;role…</translation>
    </message>
    <message>
        <source>Toewijzing beëin&amp;digen…</source>
        <translation>En&amp;d assignment…</translation>
    </message>
    <message>
        <source>AVG-in&amp;zage…</source>
        <translation>GDPR a&amp;ccess…</translation>
    </message>
    <message>
        <source>G&amp;eschiedenis…</source>
        <translation>His&amp;tory…</translation>
    </message>
    <message>
        <source>&amp;Uit dienst melden…</source>
        <translation>Record &amp;leaving…</translation>
    </message>
    <message>
        <source>&amp;Overzicht (PDF)…</source>
        <translation>&amp;Overview (PDF)…</translation>
    </message>
    <message>
        <source>Persoonlijk OTO-overzicht: rollen en activiteiten; ook voor AVG-inzage</source>
        <translation>Personal OTO overview: roles and activities; also for GDPR access</translation>
    </message>
    <message>
        <source>Alles wat OTO over deze medewerker bewaart: PDF en JSON in een map</source>
        <translation>Everything OTO keeps about this person: PDF and JSON in a folder</translation>
    </message>
    <message>
        <source>Wie wat wanneer aan deze medewerker wijzigde</source>
        <translation>Who changed what about this person, and when</translation>
    </message>
    <message>
        <source>Rollen in de crisisorganisatie</source>
        <translation>Roles in the crisis organisation</translation>
    </message>
    <message>
        <source>Vereiste opleidingen</source>
        <translation>Required courses</translation>
    </message>
    <message>
        <source>Vrijstellingen (tellen apart in N1)</source>
        <translation>Exemptions (counted apart in N1)</translation>
    </message>
    <message>
        <source>Kies links een medewerker</source>
        <translation>Choose a staff member on the left</translation>
    </message>
    <message>
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <source>uit dienst</source>
        <translation>left</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>&amp;Plan van vorig jaar kopiëren…</source>
        <translation>&amp;Copy last year&apos;s plan…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Gepland</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Uitgevoerd</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Geannuleerd</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Realisatie</source>
        <translation>Realisation</translation>
    </message>
    <message>
        <source>Oefeningen (N2)</source>
        <translation>Exercises (N2)</translation>
    </message>
    <message>
        <source>Jaarplan</source>
        <translation>Year plan</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Geplande, uitgevoerde en geannuleerde opleidingen, trainingen en oefeningen per onderdeel. Plan en wijzig ze op de pagina Activiteiten.</source>
        <translation>Planned, held and cancelled courses, trainings and exercises per unit. Plan and change them on the Activities page.</translation>
    </message>
    <message>
        <source>let op: geen oefening</source>
        <translation>note: no exercise</translation>
    </message>
    <message>
        <source>%1 gepland of gehouden</source>
        <translation>%1 planned or held</translation>
    </message>
    <message numerus="yes">
        <source>%n activiteit(en) gepland</source>
        <translation>
            <numerusform>%n activity planned</numerusform>
            <numerusform>%n activities planned</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 uitgevoerd, %2 geannuleerd.</source>
        <translation>, %1 held, %2 cancelled.</translation>
    </message>
    <message>
        <source>In de tabel telt een activiteit mee bij elk onderdeel dat meedoet.</source>
        <translation>In the table an activity counts for every unit taking part.</translation>
    </message>
    <message>
        <source>Zonder oefening (N2 haalt het zo niet): %1.</source>
        <translation>No exercise planned (N2 is not met this way): %1.</translation>
    </message>
    <message>
        <source>Elk onderdeel heeft een oefening gepland of gehouden.</source>
        <translation>Every unit has an exercise planned or held.</translation>
    </message>
    <message>
        <source>Plan kopiëren</source>
        <translation>Copy plan</translation>
    </message>
    <message>
        <source>De opleidingen, trainingen en oefeningen van %1 als geplande activiteiten in %2 zetten, op dezelfde dag van het jaar? Wat al gekopieerd is, wordt overgeslagen.</source>
        <translation>Put the courses, trainings and exercises of %1 into %2 as planned activities, on the same day of the year? What was copied already is skipped.</translation>
    </message>
    <message numerus="yes">
        <source>%n activiteit(en) gepland in %1.</source>
        <translation>
            <numerusform>%n activity planned in %1.</numerusform>
            <numerusform>%n activities planned in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Jaarplan kopiëren…</source>
        <translation>Copying the year plan…</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>herinneringen</source>
        <translation>reminders</translation>
    </message>
    <message>
        <source>Herinnering opstellen</source>
        <translation>Draft a reminder</translation>
    </message>
    <message numerus="yes">
        <source>Een concept-e-mail aan uzelf met %n collega(&apos;s) in Bcc (zij zien elkaars adres niet), met de eerstvolgende geplande activiteiten. U verstuurt het zelf.</source>
        <translation>
            <numerusform>A draft e-mail to yourself with %n colleague in Bcc (they do not see each other&apos;s address), with the next planned activities. You send it yourself.</numerusform>
            <numerusform>A draft e-mail to yourself with %n colleagues in Bcc (they do not see each other&apos;s address), with the next planned activities. You send it yourself.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Concept maken en openen</source>
        <translation>&amp;Make and open the draft</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>&amp;Jaaroverzicht maken…</source>
        <translation>Make annual o&amp;verview…</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Het jaaroverzicht OTO: de normen N1–N7 met een samenvatting voor het management, per onderdeel wie er getraind is, wie nog moet, de evaluaties en verbeterpunten, en een blok om te ondertekenen. Presentielijsten maakt u bij Activiteiten.</source>
        <translation>The OTO annual overview: the norms N1–N7 with a summary for management, per unit who is trained and who still has to be, the evaluations and improvement actions, and a block for signatures. Attendance sheets are made on Activities.</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Peildatum</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <source>Rapporten</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Jaaroverzicht opslaan</source>
        <translation>Save annual overview</translation>
    </message>
    <message>
        <source>jaaroverzicht-oto-%1.pdf</source>
        <translation>oto-annual-overview-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Bezig met het jaaroverzicht…</source>
        <translation>Making the annual overview…</translation>
    </message>
    <message numerus="yes">
        <source>Opgeslagen als %1 (%n pagina(&apos;s)).</source>
        <translation>
            <numerusform>Saved as %1 (%n page).</numerusform>
            <numerusform>Saved as %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Niet gelukt.</source>
        <translation>Not done.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Rechten van %1</source>
        <translation>Rights of %1</translation>
    </message>
</context>
<context>
    <name>RowsTableModel</name>
    <message>
        <source>ja</source>
        <extracomment>the row object behind an index default width in characters text colour of the cell, e.g. a traffic light sort key, when the shown text sorts wrongly this column takes the spare width</extracomment>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Zoek op naam, personeelsnummer, afdeling of e-mail</source>
        <translation>Search by name, staff number, department or e-mail</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Alleen &amp;actieve medewerkers</source>
        <translation>Only &amp;active staff</translation>
    </message>
    <message>
        <source>&amp;Nieuwe medewerker…</source>
        <translation>&amp;New staff member…</translation>
    </message>
    <message>
        <source>Nieuwe medewerker (Ctrl+N)</source>
        <translation>New staff member (Ctrl+N)</translation>
    </message>
    <message>
        <source>E&amp;xporteren…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Alle medewerkers met hun rollen, als Excel of CSV</source>
        <translation>All staff with their roles, as Excel or CSV</translation>
    </message>
    <message>
        <source>Medewerkers</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Nog geen medewerkers — voeg er een toe met Nieuwe medewerker, of lees het bestand van HR in met Bestand &gt; Importeren (Ctrl+I).</source>
        <translation>No staff yet — add someone with New staff member, or import the file from HR with File &gt; Import (Ctrl+I).</translation>
    </message>
    <message>
        <source>Niemand gevonden; zoek op iets anders.</source>
        <translation>Nobody found; search for something else.</translation>
    </message>
    <message numerus="yes">
        <source>%n medewerker(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoekopdracht ‘%1’ gewist om de medewerker te tonen.</source>
        <translation>Search ‘%1’ cleared to show the person.</translation>
    </message>
    <message>
        <source>Ook wie uit dienst is wordt getoond.</source>
        <translation>People who have left are shown too.</translation>
    </message>
    <message>
        <source>Map voor de AVG-inzage</source>
        <translation>Folder for the GDPR access</translation>
    </message>
    <message>
        <source>AVG-inzage</source>
        <translation>GDPR access</translation>
    </message>
    <message>
        <source>Geschreven: %1 en %2.</source>
        <translation>Written: %1 and %2.</translation>
    </message>
    <message>
        <source>Persoonlijk overzicht opslaan</source>
        <translation>Save personal overview</translation>
    </message>
    <message>
        <source>oto-overzicht-%1.pdf</source>
        <translation>oto-overview-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Medewerkers exporteren</source>
        <translation>Export staff</translation>
    </message>
    <message>
        <source>medewerkers.xlsx</source>
        <translation>staff.xlsx</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Vrijstelling opheffen</source>
        <translation>Remove exemption</translation>
    </message>
    <message>
        <source>De vrijstelling van %1 (%2) opheffen? Ze verdwijnt dan helemaal, ook uit eerdere jaren: alleen als ze per vergissing is vastgelegd (een vrijstelling die eindigt krijgt een einddatum: dubbelklik haar in de lijst). De geschiedenis bewaart wat er stond.</source>
        <translation>Remove the exemption of %1 (%2)? It disappears entirely, from earlier years too: only if it was recorded by mistake (an exemption that ends gets an end date: double-click it in the list). The history keeps what it said.</translation>
    </message>
    <message>
        <source>Uit dienst melden</source>
        <translation>Record leaving</translation>
    </message>
    <message>
        <source>%1 vandaag uit dienst melden? Lopende rollen worden per vandaag beëindigd; de geschiedenis blijft bewaard.</source>
        <translation>Record that %1 leaves today? Current roles end today; the history is kept.</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Naam</source>
        <extracomment>How the model reads: a query of a session in, its result out (Operations.read).</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Personeelsnr.</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <source>Afdeling</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>TrendView</name>
    <message>
        <source>% getraind (N1) per jaar</source>
        <translation>% trained (N1) per year</translation>
    </message>
    <message>
        <source>% getraind</source>
        <translation>% trained</translation>
    </message>
</context>
<context>
    <name>UnitChart</name>
    <message>
        <source>Getraind per onderdeel</source>
        <extracomment>one colour per status, as in the PDF</extracomment>
        <translation>Trained per unit</translation>
    </message>
    <message>
        <source>Getraind per onderdeel (%1)</source>
        <translation>Trained per unit (%1)</translation>
    </message>
    <message>
        <source>aantal medewerkers</source>
        <translation>number of people</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Onderdeel bewerken</source>
        <translation>Edit unit</translation>
    </message>
    <message>
        <source>Nieuw onderdeel</source>
        <translation>New unit</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Een nieuwe code of naam geldt vanaf vandaag; eerdere jaren houden de naam die het onderdeel toen had.</source>
        <translation>A new code or name applies from today; earlier years keep the name the unit had then.</translation>
    </message>
    <message>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>bijv. in ontwikkeling</source>
        <translation>e.g. in development</translation>
    </message>
    <message>
        <source>&amp;Planstatus</source>
        <translation>&amp;Plan status</translation>
    </message>
    <message>
        <source>bekend</source>
        <translation>known</translation>
    </message>
    <message>
        <source>Deelplan &amp;herzien op</source>
        <translation>Sub-plan &amp;reviewed on</translation>
    </message>
    <message>
        <source>Vanaf deze dag telt het onderdeel mee; leeg: altijd al</source>
        <translation>The unit counts from this day on; empty: it always did</translation>
    </message>
    <message>
        <source>In &amp;gebruik sinds</source>
        <translation>In use &amp;since</translation>
    </message>
    <message>
        <source>Onderdeel is ac&amp;tief</source>
        <translation>Unit is ac&amp;tive</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>UnitPanel</name>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Personeelsnr.</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Be&amp;werken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>★ sleutelfunctie: vraagt een primaire bezetting en een plaatsvervanger</source>
        <translation>★ key role: needs a primary holder and a deputy</translation>
    </message>
    <message>
        <source>Kies links een onderdeel</source>
        <translation>Choose a unit on the left</translation>
    </message>
    <message>
        <source>&amp;Opheffen</source>
        <translation>&amp;Retire</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Deelplan herzien: %1</source>
        <translation>Sub-plan reviewed: %1</translation>
    </message>
    <message>
        <source>Rollen in de formatie: %1</source>
        <translation>Roles in the formation: %1</translation>
    </message>
    <message>
        <source>Dit onderdeel is opgeheven op %1.</source>
        <translation>This unit was retired on %1.</translation>
    </message>
    <message>
        <source>Dit onderdeel is opgeheven.</source>
        <translation>This unit has been retired.</translation>
    </message>
    <message>
        <source>Her&amp;openen</source>
        <translation>&amp;Reopen</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Mensen</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Deelplan herzien</source>
        <translation>Sub-plan reviewed</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>&amp;Nieuw onderdeel…</source>
        <translation>&amp;New unit…</translation>
    </message>
    <message>
        <source>O&amp;pleidingen en geldigheid…</source>
        <translation>C&amp;ourses and validity…</translation>
    </message>
    <message>
        <source>Onderdelen</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Onderdeel opheffen</source>
        <translation>Retire unit</translation>
    </message>
    <message>
        <source>%1 (%2) vandaag opheffen?</source>
        <translation>Retire %1 (%2) today?</translation>
    </message>
    <message numerus="yes">
        <source>%n medewerker(s) hebben er nu een rol; die rollen blijven staan tot u ze beëindigt.</source>
        <translation>
            <numerusform>%n person holds a role there; those roles stay until you end them.</numerusform>
            <numerusform>%n people hold a role there; those roles stay until you end them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vanaf vandaag telt het onderdeel niet meer mee in de normen; in de jaren ervoor blijft het meetellen. Heropenen kan altijd.</source>
        <translation>From today the unit no longer counts in the norms; in the years before it still counts. You can always reopen it.</translation>
    </message>
    <message>
        <source>&amp;Opheffen</source>
        <translation>&amp;Retire</translation>
    </message>
    <message>
        <source>&amp;Niet opheffen</source>
        <translation>&amp;Keep it</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Gebruikers en rechten</source>
        <translation>Users and rights</translation>
    </message>
    <message>
        <source>Gebruiker</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Eigen onderdelen</source>
        <translation>Own units</translation>
    </message>
    <message>
        <source>&amp;Toevoegen…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Verwijderen…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Een procesverantwoordelijke legt activiteiten, presentie en evaluaties vast voor de eigen onderdelen en leest de rest.</source>
        <translation>A process lead records activities, attendance and evaluations for their own units and reads the rest.</translation>
    </message>
    <message>
        <source>Iedereen meldt zich aan met een eigen login op de databaseserver; de server bewaakt de rechten. Voeg hier een login toe met een wachtwoord of, met single sign-on, zonder.</source>
        <translation>Everyone signs in with their own login on the database server; the server guards the rights. Add a login here with a password or, with single sign-on, without.</translation>
    </message>
    <message>
        <source>Iedereen meldt zich aan met de eigen Windows- of Linux-gebruikersnaam. Wie OTO voor het eerst start, staat hier als lezer; geef hem of haar hier een rol.</source>
        <translation>Everyone signs in with their own Windows or Linux user name. Whoever starts OTO for the first time is listed here as reader; give them a role here.</translation>
    </message>
    <message>
        <source>Gebruiker verwijderen</source>
        <translation>Remove user</translation>
    </message>
    <message>
        <source>%1 alle rechten in OTO afnemen? De login kan daarna niet meer bij de database; wat hij of zij vastlegde, blijft.</source>
        <translation>Take all rights in OTO away from %1? The login can then no longer reach the database; what they recorded stays.</translation>
    </message>
    <message>
        <source>Niet gelukt</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>&amp;Rol wijzigen…</source>
        <translation>&amp;Change role…</translation>
    </message>
</context>
<context>
    <name>WaitShown</name>
    <message numerus="yes">
        <source>nog hoogstens %n seconde(n)</source>
        <translation>
            <numerusform>at most %n more second</numerusform>
            <numerusform>at most %n more seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_RoleForm</name>
    <message>
        <source>&amp;Rol</source>
        <extracomment>What the users dialog saves for one user: the role and, for a process lead, the units.</extracomment>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Eigen onderdelen</source>
        <translation>&amp;Own units</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Database niet te openen</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>Opnieuw proberen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Er trad een onverwachte fout op. Uw opgeslagen gegevens zijn veilig; niet-opgeslagen invoer kan verloren zijn.</source>
        <translation>An unexpected error occurred. Your saved data is safe; unsaved input may be lost.</translation>
    </message>
    <message>
        <source>Database niet bereikbaar</source>
        <translation>Database unreachable</translation>
    </message>
    <message>
        <source>Niet gelukt</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Back-up niet gelukt</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Logboek klopt niet</source>
        <translation>Audit trail does not hold</translation>
    </message>
    <message>
        <source>Het logboek van wijzigingen is buiten OTO om aangepast. {0}. Bewaar deze melding en laat de beheerder de database controleren (oto-app audit verify).</source>
        <translation>The audit trail was changed outside OTO. {0}. Keep this message and have the administrator check the database (oto-app audit verify).</translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Database beschadigd</source>
        <translation>Database damaged</translation>
    </message>
</context>
<context>
    <name>guard</name>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Wat u typte is nog niet opgeslagen. Weggooien?</source>
        <translation>What you typed has not been saved. Discard it?</translation>
    </message>
    <message>
        <source>&amp;Weggooien</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Terug naar het formulier</source>
        <translation>&amp;Back to the form</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Peildatum</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <source>Niet gelukt</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>Database beschadigd</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <source>Back-up &amp;terugzetten</source>
        <translation>&amp;Restore backup</translation>
    </message>
    <message>
        <source>Opgeslagen als %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
</TS>

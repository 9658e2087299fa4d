<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
<context>
    <name>ActivitiesPage</name>
    <message numerus="yes">
        <source>Ook de %n presentieregel(s) worden verwijderd.</source>
        <translation>
            <numerusform>Ook de presentieregel wordt verwijderd.</numerusform>
            <numerusform>Ook de %n presentieregels worden verwijderd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message numerus="yes">
        <source>✓ %n persoon/personen aanwezig gemeld; Ctrl+Z zet dat terug</source>
        <translation>
            <numerusform>✓ %n persoon aanwezig gemeld; Ctrl+Z zet dat terug</numerusform>
            <numerusform>✓ %n personen aanwezig gemeld; Ctrl+Z zet dat terug</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyDialog</name>
    <message numerus="yes">
        <source>Al %n seconde(n) bezig.</source>
        <translation>
            <numerusform>Al %n seconde bezig.</numerusform>
            <numerusform>Al %n seconden bezig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoursesDialog</name>
    <message numerus="yes">
        <source>%n jaar</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message numerus="yes">
        <source>Zonder e-mailadres (%n): zij krijgen niets; vul hun adres in bij Medewerkers of bereik hen op een andere manier.</source>
        <translation>
            <numerusform>Zonder e-mailadres (%n): die krijgt niets; vul het adres in bij Medewerkers of bereik die op een andere manier.</numerusform>
            <numerusform>Zonder e-mailadres (%n): zij krijgen niets; vul hun adres in bij Medewerkers of bereik hen op een andere manier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message numerus="yes">
        <source>Afzegging van %1 op %2 aan %n genodigde(n) met een e-mailadres.</source>
        <translation>
            <numerusform>Afzegging van %1 op %2 aan %n genodigde met een e-mailadres.</numerusform>
            <numerusform>Afzegging van %1 op %2 aan %n genodigden met een e-mailadres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uitnodiging voor %1 op %2 aan %n genodigde(n) met een e-mailadres.</source>
        <translation>
            <numerusform>Uitnodiging voor %1 op %2 aan %n genodigde met een e-mailadres.</numerusform>
            <numerusform>Uitnodiging voor %1 op %2 aan %n genodigden met een e-mailadres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Niemand is langer dan %n jaar uit dienst.</source>
        <translation>
            <numerusform>Niemand is langer dan %n jaar uit dienst.</numerusform>
            <numerusform>Niemand is langer dan %n jaar uit dienst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n oud-medewerker(s) langer dan %1 jaar uit dienst. Naam, personeelsnummer en contactgegevens worden vervangen door een nummer, ook in de geschiedenis. De rollen en presentie blijven meetellen in de cijfers van eerdere jaren. Dit kan niet ongedaan worden gemaakt. Doorgaan?</source>
        <translation>
            <numerusform>%n oud-medewerker is langer dan %1 jaar uit dienst. Naam, personeelsnummer en contactgegevens worden vervangen door een nummer, ook in de geschiedenis. De rollen en presentie blijven meetellen in de cijfers van eerdere jaren. Dit kan niet ongedaan worden gemaakt. Doorgaan?</numerusform>
            <numerusform>%n oud-medewerkers zijn langer dan %1 jaar uit dienst. Hun naam, personeelsnummer en contactgegevens worden vervangen door een nummer, ook in de geschiedenis. Hun rollen en presentie blijven meetellen in de cijfers van eerdere jaren. Dit kan niet ongedaan worden gemaakt. Doorgaan?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n oud-medewerker(s) geanonimiseerd.</source>
        <translation>
            <numerusform>%n oud-medewerker geanonimiseerd.</numerusform>
            <numerusform>%n oud-medewerkers geanonimiseerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message numerus="yes">
        <source> (%n regel(s))</source>
        <translation>
            <numerusform> (%n regel)</numerusform>
            <numerusform> (%n regels)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperListEntry</name>
    <message numerus="yes">
        <source>↶ %n persoon/personen teruggezet</source>
        <translation>
            <numerusform>↶ %n persoon teruggezet</numerusform>
            <numerusform>↶ %n personen teruggezet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message numerus="yes">
        <source>%n activiteit(en) gepland</source>
        <translation>
            <numerusform>%n activiteit gepland</numerusform>
            <numerusform>%n activiteiten gepland</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activiteit(en) gepland in %1.</source>
        <translation>
            <numerusform>%n activiteit gepland in %1.</numerusform>
            <numerusform>%n activiteiten gepland in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message numerus="yes">
        <source>Een concept-e-mail aan uzelf met %n collega(&apos;s) in Bcc (zij zien elkaars adres niet), met de eerstvolgende geplande activiteiten. U verstuurt het zelf.</source>
        <translation>
            <numerusform>Een concept-e-mail aan uzelf met %n collega in Bcc, met de eerstvolgende geplande activiteiten. U verstuurt het zelf.</numerusform>
            <numerusform>Een concept-e-mail aan uzelf met %n collega&apos;s in Bcc (zij zien elkaars adres niet), met de eerstvolgende geplande activiteiten. U verstuurt het zelf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message numerus="yes">
        <source>Opgeslagen als %1 (%n pagina(&apos;s)).</source>
        <translation>
            <numerusform>Opgeslagen als %1 (%n pagina).</numerusform>
            <numerusform>Opgeslagen als %1 (%n pagina&apos;s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message numerus="yes">
        <source>%n medewerker(s)</source>
        <translation>
            <numerusform>%n medewerker</numerusform>
            <numerusform>%n medewerkers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message numerus="yes">
        <source>%n medewerker(s) hebben er nu een rol; die rollen blijven staan tot u ze beëindigt.</source>
        <translation>
            <numerusform>%n medewerker heeft er nu een rol; die rol blijft staan tot u hem beëindigt.</numerusform>
            <numerusform>%n medewerkers hebben er nu een rol; die rollen blijven staan tot u ze beëindigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitShown</name>
    <message numerus="yes">
        <source>nog hoogstens %n seconde(n)</source>
        <translation>
            <numerusform>nog hoogstens %n seconde</numerusform>
            <numerusform>nog hoogstens %n seconden</numerusform>
        </translation>
    </message>
</context>
</TS>

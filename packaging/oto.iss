; Inno Setup script of the OTO installer for Windows (Inno Setup 6).
; Build the program folder first (README, "Installing on Windows"), then:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DVersion=0.1.0 packaging\oto.iss
; which writes out\OTO-setup-0.1.0.exe.
;
; The installer puts the program in Program Files (for all users, so it asks for an
; administrator), a Start menu entry and optionally a desktop icon. Each user's data stays
; in their own %LOCALAPPDATA%\OTO and their window settings in HKCU\Software\OTO: the
; installer and the uninstaller never touch them.
;
; An administrator installing on many workstations can point them all at the regional
; server in the same command; the installer then writes oto.ini beside OTO.exe:
;   OTO-setup-0.1.0.exe /VERYSILENT /SUPPRESSMSGBOXES /DBURL=postgresql+psycopg://server.regio.local/oto

#ifndef Version
  #define Version "0.1.0"
#endif

[Setup]
AppId={{6A1F0D52-3C7E-4C61-9B1E-0D7A2F4C9E21}
AppName=OTO
AppVerName=OTO {#Version}
AppVersion={#Version}
AppPublisher=OTO
VersionInfoVersion={#Version}
VersionInfoDescription=OTO — Opleiden, Trainen, Oefenen (installatie)
DefaultDirName={autopf}\OTO
DefaultGroupName=OTO
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\out
OutputBaseFilename=OTO-setup-{#Version}
SetupIconFile=..\resources\oto.ico
UninstallDisplayIcon={app}\OTO.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\out\dist\OTO\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[INI]
; Only with /DBURL=...: every user of this computer opens that database (see README).
Filename: "{app}\oto.ini"; Section: "database"; Key: "url"; String: "{param:DBURL}"; Check: HasDatabaseUrl

[Icons]
Name: "{group}\OTO"; Filename: "{app}\OTO.exe"
Name: "{autodesktop}\OTO"; Filename: "{app}\OTO.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\OTO.exe"; Description: "{cm:LaunchProgram,OTO}"; Flags: nowait postinstall skipifsilent

[Code]
function HasDatabaseUrl: Boolean;
begin
  Result := ExpandConstant('{param:DBURL}') <> '';
end;

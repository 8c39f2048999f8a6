; Inno Setup 6 script: per-user install of the PyInstaller folder dist\CPO Desktop\.
; Build the bundle first (build.ps1), then:  ISCC.exe /DAppVersion=0.1.0 packaging\installer.iss
#ifndef AppVersion
  #error Pass the version on the command line: /DAppVersion=0.1.0
#endif
#define AppName "CPO Desktop"
#define AppExe "CPO Desktop.exe"

[Setup]
AppId={{21320AE3-E536-46EA-8D83-105EFD005523}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
OutputDir=..\dist
OutputBaseFilename=CPO-Desktop-Setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Files]
Source: "..\dist\{#AppName}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Drop files left by an older version's bundle before copying the new one.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\{#AppExe}"; Description: "Launch {#AppName}"; Flags: nowait postinstall skipifsilent

; Inno Setup 6 recipe: a per-user installer around the PyInstaller bundle (no administrator rights).
; packaging/build-windows.ps1 builds the bundle and the .ico and runs:
;   iscc /DAppVersion=0.1.0 /DSourceDir=build\packaging\dist\myna-prep /DIconFile=...\jp.mynaprep.MynaPrep.ico
;        /DOutputDir=build\packaging packaging\windows\myna-prep.iss
; The user's data (%APPDATA%\myna-prep: household, progress, settings, logs) stays on uninstall unless the
; user says so in the question the uninstaller asks; a silent uninstall never deletes it.

#ifndef AppVersion
  #error Pass /DAppVersion=<version from the package metadata>
#endif
#ifndef SourceDir
  #define SourceDir "..\..\build\packaging\dist\myna-prep"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\build\packaging"
#endif

[Setup]
; The AppId identifies the installation for upgrades and the uninstaller: never change it.
AppId={{D5DA7D87-D6AA-4EFD-8DD7-A3F0392BF7C6}
AppName=Myna Prep
AppVerName=Myna Prep {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=Myna Prep developers
VersionInfoVersion={#AppVersion}
; Per-user: {autopf} is %LOCALAPPDATA%\Programs without administrator rights.
PrivilegesRequired=lowest
DefaultDirName={autopf}\Myna Prep
DefaultGroupName=Myna Prep
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
#ifdef IconFile
SetupIconFile={#IconFile}
#endif
UninstallDisplayIcon={app}\myna-prep.exe
UninstallDisplayName=Myna Prep
OutputDir={#OutputDir}
OutputBaseFilename=myna-prep-{#AppVersion}-windows-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
japanese.DeleteData=Myna Prep のデータ（世帯の登録、進み具合、設定）も削除しますか？%n%n「いいえ」を選ぶと、データは残り、再インストールしたときにそのまま使えます。
english.DeleteData=Also delete your Myna Prep data (household, progress, settings)?%n%nChoose No to keep it for a later installation.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Myna Prep"; Filename: "{app}\myna-prep.exe"
Name: "{autodesktop}\Myna Prep"; Filename: "{app}\myna-prep.exe"; Tasks: desktopicon

[UninstallDelete]
; The reminder login item the user may have turned on in the app (app/desktop/autostart.py).
Type: files; Name: "{userstartup}\Myna Prep reminders.lnk"

[Run]
Filename: "{app}\myna-prep.exe"; Description: "{cm:LaunchProgram,Myna Prep}"; Flags: nowait postinstall skipifsilent

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  { platformdirs.user_data_dir("myna-prep", roaming=True): app/paths.py }
  DataDir := ExpandConstant('{userappdata}\myna-prep');
  if (not UninstallSilent) and DirExists(DataDir) then
    if MsgBox(CustomMessage('DeleteData'), mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
      DelTree(DataDir, True, True, True);
end;

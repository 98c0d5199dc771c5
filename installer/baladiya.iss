; Inno Setup script: a per-user install that needs no administrator rights.
; Build on Windows after `pyinstaller build_installer.spec`:
;   iscc /DAppVersion=0.1.0 installer\baladiya.iss
; The station's data lives in %LOCALAPPDATA%\BaladiyaDesktop and is kept on uninstall
; unless the user asks for it to be removed.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{7C1E5B2A-4F6D-4B8E-9A53-B1D0C6F2E911}
AppName=Baladiya Desktop
AppVerName=Baladiya Desktop {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=Ministry of Local Government
DefaultDirName={localappdata}\Programs\BaladiyaDesktop
DefaultGroupName=Baladiya Desktop
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
OutputBaseFilename=BaladiyaDesktop-{#AppVersion}-setup
OutputDir=..\dist
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=..\resources\icons\app.ico
UninstallDisplayIcon={app}\baladiya-desktop.exe
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\dist\BaladiyaDesktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\بلدية - Baladiya Desktop"; Filename: "{app}\baladiya-desktop.exe"
Name: "{group}\{cm:UninstallProgram,Baladiya Desktop}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\بلدية - Baladiya Desktop"; Filename: "{app}\baladiya-desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\baladiya-desktop.exe"; Description: "{cm:LaunchProgram,Baladiya Desktop}"; Flags: nowait postinstall skipifsilent

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\BaladiyaDesktop');
    if DirExists(DataDir) then
      if MsgBox('هل تريد حذف قاعدة بيانات البلدية ونسخها الاحتياطية أيضاً؟ لا يمكن التراجع عن ذلك.' + #13#10 +
                'Also delete the station database and its backups? This cannot be undone.',
                mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(DataDir, True, True, True);
  end;
end;

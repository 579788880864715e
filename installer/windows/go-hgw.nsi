; Per-user Windows installer for GO! HGW Desktop (NSIS 3, `makensis`).
;
;   makensis -DVERSION=0.1.0 -DBUNDLE=..\..\dist\go-hgw-desktop -DOUTDIR=..\..\dist installer\windows\go-hgw.nsi
;
; No administrator rights: installs under %LOCALAPPDATA%\Programs\GO-HGW-Desktop, a Start-menu
; shortcut for this user and an uninstall entry under HKCU (with QuietUninstallString), so
; Intune can push it as a Win32 app in user context. `/S` installs and uninstalls silently.
; Uninstalling removes the program files only: the data folder
; (%LOCALAPPDATA%\GO\GO-HGW-Desktop) and the key in Windows Credential Manager are the
; coordinator's, and stay.
; 64-bit like the app (and wine64 runs no 32-bit installer).
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user
!ifdef FAST_COMPRESSION  ; the wine canary: zlib takes seconds where solid LZMA takes minutes
  SetCompressor zlib
!else
  SetCompressor /SOLID lzma
!endif

!ifndef VERSION
  !error "pass -DVERSION=x.y.z"
!endif
!ifndef BUNDLE
  !define BUNDLE "..\..\dist\go-hgw-desktop"
!endif
!ifndef OUTDIR
  !define OUTDIR "..\..\dist"
!endif

!define APP "GO! HGW Desktop"
!define APPDIR "GO-HGW-Desktop"
!define EXE "GO-HGW-Desktop.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPDIR}"

Name "${APP}"
OutFile "${OUTDIR}\GO-HGW-Desktop-setup-${VERSION}.exe"
InstallDir "$LOCALAPPDATA\Programs\${APPDIR}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} installatie"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "EUPL-1.2"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "${APP} nu starten"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Dutch"

Function .onInit
  SetShellVarContext current
FunctionEnd

Function un.onInit
  SetShellVarContext current
FunctionEnd

Section "Programma" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An update replaces the whole program: no file of an older version stays behind.
  RMDir /r "$INSTDIR\_internal"
  File /r "${BUNDLE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "GO! onderwijs van de Vlaamse Gemeenschap"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  ; The program's own files only, by name: never a recursive delete of the install folder
  ; (someone may have pointed it at a folder with other files), never the data folder.
  Delete "$SMPROGRAMS\${APP}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\go-hgw.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd
